package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Pins DisplayWidth's fast paths (printable ASCII, one cursor instead of lists of pieces, no needless copies) against the general
 * rules written out plainly here, code point by code point: every BMP code point alone and among ASCII, and
 * random texts mixing ASCII, spaces, newlines, CJK, punctuation, combining and zero-width marks, emoji and
 * control characters, wrapped at every width from 1 to 40.
 */
class DisplayWidthFastPathTest {
    /** Characters random texts are made of: each kind that DisplayWidth treats in its own way. */
    private static final String[] ALPHABET = {
        "a", "b", "Z", "0", "-", ".", "/", " ", " ", " ", "\n", "中", "文", "字", "，", "。", "（", "）", "「", "」",
        "、", "…", "—", "·", "%", ",", "(", ")", "é", "\u0301", "\u200B", "\u200D", "\uFE0F", "✅", "🔷", "🟡", "⚡",
        "ｶ", "한", "\u0007", "\t", "\u00A0", "\u3000", "😀", "𠀀", "\u2028", "~", "\u007F", "\u0085"};

    @Test
    void everyBasicPlaneCodePointMeasuresAsTheGeneralRuleSays() {
        for (int cp = 0; cp < 0x10000; cp++) {
            if (Character.isSurrogate((char) cp)) {
                continue;
            }
            assertThat(DisplayWidth.of(cp)).as("U+%04X", cp).isEqualTo(DisplayWidth.ofAnyCodePoint(cp));
            assertThat(DisplayWidth.of(cp)).as("U+%04X again", cp).isEqualTo(DisplayWidth.ofAnyCodePoint(cp));
            String alone = new String(Character.toChars(cp));
            String among = "ab " + alone + "cd" + alone + " e";
            assertThat(DisplayWidth.of(alone)).as("U+%04X", cp).isEqualTo(Reference.of(alone));
            assertThat(DisplayWidth.of(among)).as("U+%04X", cp).isEqualTo(Reference.of(among));
            assertThat(DisplayWidth.longestUnbreakable(among)).as("U+%04X", cp).isEqualTo(Reference.longestUnbreakable(among));
            for (boolean keepNewlines : new boolean[] {true, false}) {
                assertThat(DisplayWidth.sanitize(among, keepNewlines)).as("U+%04X", cp)
                        .isEqualTo(Reference.sanitize(among, keepNewlines));
            }
            assertThat(DisplayWidth.asciiLongestWord(among)).as("U+%04X", cp)
                    .isEqualTo(cp > 0x20 && cp < 0x7F ? 4 : cp == 0x20 ? 2 : -1);
            for (int width : new int[] {1, 3, 5, 8}) {
                assertThat(DisplayWidth.wrap(among, width)).as("U+%04X at %d", cp, width).isEqualTo(Reference.wrap(among, width));
                assertThat(DisplayWidth.wrappedWidth(among, width)).as("U+%04X at %d", cp, width)
                        .isEqualTo(Reference.wrappedWidth(among, width));
            }
        }
    }

    @Test
    void aLineThatStartsWithMarksOfNoWidthDropsTheSpacesAfterThemAsBefore() {
        for (String text : new String[] {"\u0301 ab cd ef", "\u0301 \u0301 ab cd", "x \u0301 ab cd ef gh", "\u200D  ab  \u0301 cd ef"}) {
            for (int width = 1; width <= 8; width++) {
                assertThat(DisplayWidth.wrap(text, width)).as("%s at %d", text, width).isEqualTo(Reference.wrap(text, width));
            }
        }
        assertThat(DisplayWidth.wrap("\u0301 ab cd", 3)).containsExactly("\u0301ab", "cd");
    }

    @Test
    void codePointsBeyondTheBasicPlaneAreLookedUpEveryTime() {
        for (int cp = 0x10000; cp <= Character.MAX_CODE_POINT; cp += 7) {
            assertThat(DisplayWidth.of(cp)).as("U+%04X", cp).isEqualTo(DisplayWidth.ofAnyCodePoint(cp));
        }
        assertThat(DisplayWidth.of(-1)).isEqualTo(DisplayWidth.ofAnyCodePoint(-1));
    }

    @Test
    void randomTextsWrapAndMeasureAsTheGeneralRulesSay() {
        Random random = new Random(20261126);
        for (int t = 0; t < 4000; t++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(40);
            boolean asciiOnly = random.nextInt(3) == 0;
            for (int i = 0; i < length; i++) {
                sb.append(asciiOnly ? ALPHABET[random.nextInt(8)] : ALPHABET[random.nextInt(ALPHABET.length)]);
            }
            String text = sb.toString();
            assertThat(DisplayWidth.of(text)).as(text).isEqualTo(Reference.of(text));
            assertThat(DisplayWidth.longestUnbreakable(text)).as(text).isEqualTo(Reference.longestUnbreakable(text));
            assertThat(DisplayWidth.sanitize(text, true)).as(text).isEqualTo(Reference.sanitize(text, true));
            assertThat(DisplayWidth.sanitize(text, false)).as(text).isEqualTo(Reference.sanitize(text, false));
            assertThat(DisplayWidth.widestLine(text)).as(text).isEqualTo(Reference.wrappedWidth(text, Integer.MAX_VALUE));
            for (int width = 1; width <= 40; width++) {
                assertThat(DisplayWidth.wrap(text, width)).as("%s at %d", text, width).isEqualTo(Reference.wrap(text, width));
                assertThat(DisplayWidth.wrappedWidth(text, width)).as("%s at %d", text, width)
                        .isEqualTo(Reference.wrappedWidth(text, width));
            }
        }
    }

    /** The rules as DisplayWidth first wrote them: code point by code point, a list of pieces, split at newlines. */
    private static final class Reference {
        private static final String NO_BREAK_BEFORE = "，。、；：？！）」』】》〉”’…—·％,.;:?!)]}%";
        private static final String NO_BREAK_AFTER = "（「『【《〈“‘([{";

        record Piece(int gapStart, int start, int end, int width) {
        }

        static String sanitize(String s, boolean keepNewlines) {
            String visible = DisplayWidth.reveal(s);
            StringBuilder sb = new StringBuilder(visible.length());
            for (int i = 0; i < visible.length(); i++) {
                char c = visible.charAt(i);
                sb.append(c == '\t' || c == '\r' || c == '\n' && !keepNewlines ? ' ' : c);
            }
            return sb.toString();
        }

        static int of(String s) {
            int width = 0;
            for (int i = 0; i < s.length(); ) {
                int cp = s.codePointAt(i);
                width += DisplayWidth.ofAnyCodePoint(cp);
                i += Character.charCount(cp);
            }
            return width;
        }

        static List<String> wrap(String text, int width) {
            List<String> lines = new ArrayList<>();
            for (String paragraph : text.split("\n", -1)) {
                wrapLine(paragraph, Math.max(width, 1), lines);
            }
            return lines;
        }

        static int wrappedWidth(String text, int width) {
            int widest = 0;
            for (String line : wrap(text, width)) {
                widest = Math.max(widest, of(line));
            }
            return widest;
        }

        static int longestUnbreakable(String text) {
            int max = 0;
            for (String paragraph : text.split("\n", -1)) {
                for (Piece piece : pieces(paragraph)) {
                    max = Math.max(max, piece.width);
                }
            }
            return max;
        }

        static List<Piece> pieces(String text) {
            List<Piece> pieces = new ArrayList<>();
            int gapStart = 0;
            int start = -1;
            int wordWidth = 0;
            int previous = -1;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                int at = i;
                i += Character.charCount(cp);
                if (cp == ' ') {
                    if (start >= 0) {
                        pieces.add(new Piece(gapStart, start, at, wordWidth));
                        gapStart = at;
                        start = -1;
                        wordWidth = 0;
                    }
                    previous = cp;
                    continue;
                }
                if (start >= 0 && breaksBetween(previous, cp)) {
                    pieces.add(new Piece(gapStart, start, at, wordWidth));
                    gapStart = at;
                    start = -1;
                    wordWidth = 0;
                }
                if (start < 0) {
                    start = at;
                }
                wordWidth += DisplayWidth.ofAnyCodePoint(cp);
                previous = cp;
            }
            if (start >= 0) {
                pieces.add(new Piece(gapStart, start, text.length(), wordWidth));
            }
            return pieces;
        }

        static boolean breaksBetween(int before, int after) {
            if (DisplayWidth.ofAnyCodePoint(after) == 0) {
                return false;
            }
            if (DisplayWidth.ofAnyCodePoint(before) != 2 && DisplayWidth.ofAnyCodePoint(after) != 2) {
                return false;
            }
            return NO_BREAK_BEFORE.indexOf(after) < 0 && NO_BREAK_AFTER.indexOf(before) < 0;
        }

        static void wrapLine(String text, int width, List<String> out) {
            if (of(text) <= width) {
                out.add(text);
                return;
            }
            StringBuilder line = new StringBuilder();
            int lineWidth = 0;
            for (Piece piece : pieces(text)) {
                int gapWidth = piece.start - piece.gapStart;
                if (lineWidth > 0 && lineWidth + gapWidth + piece.width > width) {
                    out.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                if (lineWidth > 0) {
                    line.append(text, piece.gapStart, piece.start);
                    lineWidth += gapWidth;
                }
                line.append(text, piece.start, piece.end);
                lineWidth += piece.width;
            }
            if (line.length() > 0 || out.isEmpty()) {
                out.add(line.toString());
            }
        }
    }
}
