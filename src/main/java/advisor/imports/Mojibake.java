package advisor.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reverses mojibake: UTF-8 text whose bytes were once read as a Windows code page (1252, or the Turkish
 * 1254 that differs from it in six letters) or as Latin-1, and saved again. The bytes such a code page
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D; in 1254 also 0x8E and 0x9E), and soft hyphens (0xAD)
 * that an export strips as invisible, are lost on the way; a character that lost one has a handful of
 * candidates, and {@link Evidence} picks among them. ASCII never changes: numbers, ids and table
 * structure survive exactly.
 */
public final class Mojibake {
    /** Continuation bytes that a code page cannot hold, or that an export drops as invisible. */
    private static final int[] LOSABLE = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD};
    /** Each character a mis-decoding produces, mapped back to the byte it came from. */
    private static final Map<Character, Integer> BYTE_OF = reverseMap();

    private Mojibake() {
    }

    /** A repaired character whose evidence did not settle it: where it is (1-based) and what else it could be. */
    public record Uncertain(int line, int column, String chosen, List<String> alternatives) {
    }

    /**
     * The outcome: the text (unchanged when no mojibake was found), whether it was found, how many
     * characters were decoded back, how many of them had lost bytes, and the damaged ones that stayed uncertain.
     */
    public record Repair(String text, boolean detected, int decoded, int damaged, List<Uncertain> uncertain) {
    }

    /** Repairs {@code text} if it is mojibake; otherwise returns it as it is. */
    public static Repair repair(String text, Evidence evidence) {
        return repair(text, () -> evidence);
    }

    /** The same, the evidence asked for only when {@code text} is mojibake (most documents are not). */
    static Repair repair(String text, Supplier<Evidence> evidence) {
        List<Piece> pieces = decode(text);
        int valid = 0;
        int damaged = 0;
        int stray = 0;
        int literal = 0;
        for (Piece p : pieces) {
            switch (p.kind) {
                case VALID -> valid++;
                case DAMAGED -> damaged++;
                case STRAY -> stray++;
                case LITERAL -> literal++;
                default -> { }
            }
        }
        // Genuine text in a Latin script makes few valid multi-byte sequences and many strays; genuine
        // Chinese text is all literals: neither is mojibake.
        boolean detected = valid >= 3 && valid + damaged > 2 * stray && valid + damaged > literal;
        if (!detected) {
            return new Repair(text, false, 0, 0, List.of());
        }
        List<Uncertain> uncertain = choose(pieces, evidence.get());
        StringBuilder out = new StringBuilder(text.length());
        for (Piece p : pieces) {
            out.append(p.text());
        }
        return new Repair(out.toString(), true, valid + damaged, damaged, uncertain);
    }

    /**
     * Writes {@code original} the way a wiki export mangles it: its UTF-8 bytes read as Windows-1252,
     * the bytes 1252 does not define dropped, and saved again. Tests and measurements use it.
     */
    public static String mangle(String original) {
        byte[] bytes = original.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder(bytes.length);
        CharsetDecoder cp1252 = Charset.forName("windows-1252").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (byte b : bytes) {
            try {
                sb.append(cp1252.decode(ByteBuffer.wrap(new byte[] {b})));
            } catch (CharacterCodingException undefined) {
                // the code page has no character for this byte: the export loses it
            }
        }
        return sb.toString();
    }

    private enum Kind { ASCII, VALID, DAMAGED, STRAY, LITERAL }

    /** One character of the output and where it came from. */
    private static final class Piece {
        final Kind kind;
        /** For VALID, ASCII, LITERAL and STRAY: the output text; for DAMAGED the current choice. */
        String chosen;
        /** DAMAGED only: the candidates, and the text the piece was in the input (kept when none fits). */
        final List<Integer> candidates;
        final int line;
        final int column;

        Piece(Kind kind, String chosen, List<Integer> candidates, int line, int column) {
            this.kind = kind;
            this.chosen = chosen;
            this.candidates = candidates;
            this.line = line;
            this.column = column;
        }

        String text() {
            return chosen;
        }

        int codePoint() {
            return chosen.codePointAt(0);
        }
    }

    /** Splits the text into the characters its bytes decode to; a character missing bytes gets candidates. */
    private static List<Piece> decode(String text) {
        List<Piece> pieces = new ArrayList<>(text.length());
        int[] lost = lostBytes(text);
        int line = 1;
        int column = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Integer b = BYTE_OF.get(c);
            if (c < 0x80 || b == null) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                pieces.add(new Piece(c < 0x80 ? Kind.ASCII : Kind.LITERAL, text.substring(i, i + len), null, line, column));
                i += len;
                if (c == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
                continue;
            }
            int need = sequenceLength(b);
            int j = i + 1;
            List<Integer> bytes = new ArrayList<>(List.of(b));
            while (need > 0 && j < text.length() && bytes.size() < need) {
                Integer next = BYTE_OF.get(text.charAt(j));
                if (next == null || (next & 0xC0) != 0x80) {
                    break;
                }
                bytes.add(next);
                j++;
            }
            String original = text.substring(i, j);
            if (need > 0 && bytes.size() == need) {
                int cp = codePoint(bytes);
                if (cp >= 0) {
                    pieces.add(new Piece(Kind.VALID, new String(Character.toChars(cp)), null, line, column));
                    i = j;
                    column++;
                    continue;
                }
            }
            List<Integer> candidates = need > bytes.size() ? candidates(bytes, need, lost) : List.of();
            if (candidates.isEmpty()) {
                // not the start of a character we can rebuild: keep the input character as it is
                pieces.add(new Piece(Kind.STRAY, text.substring(i, i + 1), null, line, column));
                i++;
            } else {
                pieces.add(new Piece(Kind.DAMAGED, original, candidates, line, column));
                i = j;
            }
            column++;
        }
        return pieces;
    }

    /**
     * The losable bytes that never occur in the text's byte stream: those the export lost. A byte that
     * occurs even once survived, so it cannot be what a damaged character misses.
     */
    private static int[] lostBytes(String text) {
        boolean[] seen = new boolean[256];
        for (int i = 0; i < text.length(); i++) {
            Integer b = BYTE_OF.get(text.charAt(i));
            if (b != null) {
                seen[b] = true;
            }
        }
        return java.util.Arrays.stream(LOSABLE).filter(b -> !seen[b]).toArray();
    }

    /** How many bytes a UTF-8 sequence starting with {@code lead} has; 0 for a byte that cannot start one. */
    private static int sequenceLength(int lead) {
        if (lead >= 0xC2 && lead <= 0xDF) {
            return 2;
        }
        if (lead >= 0xE0 && lead <= 0xEF) {
            return 3;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            return 4;
        }
        return 0;
    }

    /** Every character the damaged sequence could have been: lost bytes put back in every possible place. */
    private static List<Integer> candidates(List<Integer> have, int need, int[] lost) {
        List<Integer> out = new ArrayList<>();
        fill(have, 1, need - have.size(), new ArrayList<>(List.of(have.get(0))), lost, out);
        return out;
    }

    private static void fill(List<Integer> have, int next, int missing, List<Integer> built, int[] lost,
                             List<Integer> out) {
        if (next == have.size() && missing == 0) {
            int cp = codePoint(built);
            if (cp >= 0 && !out.contains(cp)) {
                out.add(cp);
            }
            return;
        }
        if (missing > 0) {
            for (int b : lost) {
                built.add(b);
                fill(have, next, missing - 1, built, lost, out);
                built.remove(built.size() - 1);
            }
        }
        if (next < have.size()) {
            built.add(have.get(next));
            fill(have, next + 1, missing, built, lost, out);
            built.remove(built.size() - 1);
        }
    }

    /** The code point of a complete UTF-8 sequence if it is well formed and names a real character, else -1. */
    private static int codePoint(List<Integer> bytes) {
        byte[] raw = new byte[bytes.size()];
        for (int k = 0; k < raw.length; k++) {
            raw[k] = (byte) (int) bytes.get(k);
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return -1;
        }
        int cp = s.codePointAt(0);
        int type = Character.getType(cp);
        if (s.length() != Character.charCount(cp) || type == Character.UNASSIGNED || type == Character.PRIVATE_USE
                || type == Character.SURROGATE || type == Character.CONTROL) {
            return -1;
        }
        return cp;
    }

    /**
     * Picks each damaged character's candidate by the evidence. Neighbouring damaged characters ("吞吐" with
     * both losing bytes) are chosen together, as the sequence that fits best (Viterbi over their candidates
     * and the pairs they form); twice, the second pass seeing the first pass's choices on both sides.
     * Returns the choices that stayed uncertain.
     */
    private static List<Uncertain> choose(List<Piece> pieces, Evidence evidence) {
        Evidence withDocument = evidence.plus(intactText(pieces));
        for (int pass = 0; pass < 2; pass++) {
            int k = 0;
            while (k < pieces.size()) {
                if (pieces.get(k).kind != Kind.DAMAGED) {
                    k++;
                    continue;
                }
                int end = k;
                while (end + 1 < pieces.size() && pieces.get(end + 1).kind == Kind.DAMAGED) {
                    end++;
                }
                run(pieces.subList(k, end + 1), neighbour(pieces, k, -1, pass), neighbour(pieces, end, +1, pass),
                        withDocument);
                k = end + 1;
            }
        }
        List<Uncertain> uncertain = new ArrayList<>();
        for (int k = 0; k < pieces.size(); k++) {
            Piece p = pieces.get(k);
            if (p.kind != Kind.DAMAGED) {
                continue;
            }
            Evidence.Choice choice = withDocument.best(p.candidates, neighbour(pieces, k, -1, 1), neighbour(pieces, k, +1, 1));
            if (!choice.settled() || choice.codePoint() != p.codePoint()) {
                List<Integer> others = new ArrayList<>(choice.runnersUp());
                others.add(0, choice.codePoint());
                others.remove(Integer.valueOf(p.codePoint()));
                uncertain.add(new Uncertain(p.line, p.column, p.chosen,
                        others.stream().limit(3).map(cp -> new String(Character.toChars(cp))).toList()));
            }
        }
        return uncertain;
    }

    /** Chooses the candidates of adjacent damaged characters together, between two known neighbours (-1: none). */
    private static void run(List<Piece> run, int left, int right, Evidence evidence) {
        int n = run.size();
        double[][] best = new double[n][];
        int[][] from = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Integer> cs = run.get(i).candidates;
            best[i] = new double[cs.size()];
            from[i] = new int[cs.size()];
            for (int j = 0; j < cs.size(); j++) {
                int c = cs.get(j);
                if (i == 0) {
                    best[i][j] = evidence.unary(c, left) + (left >= 0 ? evidence.pair(left, c) : 0);
                } else {
                    List<Integer> before = run.get(i - 1).candidates;
                    best[i][j] = Double.NEGATIVE_INFINITY;
                    for (int b = 0; b < before.size(); b++) {
                        double v = best[i - 1][b] + evidence.pair(before.get(b), c) + evidence.unary(c, before.get(b));
                        if (v > best[i][j]) {
                            best[i][j] = v;
                            from[i][j] = b;
                        }
                    }
                }
                if (i == n - 1 && right >= 0) {
                    best[i][j] += evidence.pair(c, right);
                }
            }
        }
        int j = 0;
        for (int x = 1; x < best[n - 1].length; x++) {
            if (best[n - 1][x] > best[n - 1][j]) {
                j = x; // ties keep the lower index, so the same input always gives the same choice
            }
        }
        for (int i = n - 1; i >= 0; i--) {
            run.get(i).chosen = new String(Character.toChars(run.get(i).candidates.get(j)));
            j = from[i][j];
        }
    }

    /** The nearest non-space character on one side; a damaged one counts only once a pass has chosen it. */
    private static int neighbour(List<Piece> pieces, int k, int step, int pass) {
        for (int j = k + step; j >= 0 && j < pieces.size(); j += step) {
            Piece p = pieces.get(j);
            if (p.kind == Kind.DAMAGED && pass == 0) {
                return -1;
            }
            int cp = p.codePoint();
            if (cp == ' ') {
                continue;
            }
            return cp == '\n' ? -1 : cp;
        }
        return -1;
    }

    /** The document's undamaged text, damaged characters left out (as line breaks, so no false pairs form). */
    private static String intactText(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            sb.append(p.kind == Kind.DAMAGED ? "\n" : p.chosen);
        }
        return sb.toString();
    }

    private static Map<Character, Integer> reverseMap() {
        Map<Character, Integer> map = new HashMap<>();
        for (int b = 0x80; b <= 0xFF; b++) {
            map.put((char) b, b); // Latin-1: every byte is the character with its number
        }
        for (String page : List.of("windows-1254", "windows-1252")) {
            if (!Charset.isSupported(page)) {
                continue;
            }
            CharsetDecoder decoder = Charset.forName(page).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            for (int b = 0x80; b <= 0xFF; b++) {
                try {
                    String s = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
                    map.put(s.charAt(0), b);
                } catch (CharacterCodingException undefined) {
                    // no character in this code page
                }
            }
        }
        return Map.copyOf(map);
    }
}
