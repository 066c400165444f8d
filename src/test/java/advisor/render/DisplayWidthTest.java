package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Wrapping by display width: at spaces and between CJK characters, never inside a word. */
class DisplayWidthTest {
    @Test
    void anIdLongerThanTheLineStaysWholeOnALineOfItsOwn() {
        assertThat(DisplayWidth.wrap("see rapid-prototyping ×0.8", 10))
                .containsExactly("see", "rapid-prototyping", "×0.8");
    }

    @Test
    void chineseWrapsBetweenCharactersButNotBeforeClosingPunctuation() {
        // 10 columns hold five characters; "，" may not start a line, so "度" goes down with it
        assertThat(DisplayWidth.wrap("各维度权重相同，成熟度即平均", 14))
                .containsExactly("各维度权重相", "同，成熟度即平", "均");
        assertThat(DisplayWidth.wrap("权重相同，成熟", 8)).containsExactly("权重相", "同，成熟");
    }

    @Test
    void emojiCountTwoColumnsAndAreNeverSplitFromTheirVariationSelector() {
        assertThat(DisplayWidth.of("✅ 生产就绪")).isEqualTo(11);
        assertThat(DisplayWidth.wrap("✅ 生产就绪", 6)).containsExactly("✅ 生", "产就绪");
        assertThat(DisplayWidth.wrap("⚠️警告", 2)).containsExactly("⚠️", "警", "告");
    }

    @Test
    void longestUnbreakablePieceIsAWordOrOneChineseCharacterWithItsPunctuation() {
        assertThat(DisplayWidth.longestUnbreakable("ai-vector-search ×0.8, rag")).isEqualTo(16);
        assertThat(DisplayWidth.longestUnbreakable("向量数据库")).isEqualTo(2);
        assertThat(DisplayWidth.longestUnbreakable("相同，成熟")).isEqualTo(4);
        assertThat(DisplayWidth.longestUnbreakable("(eval-2025)")).isEqualTo(11);
    }

    @Test
    void wrappedLinesNeverExceedTheWidthUnlessOneWordDoes() {
        String text = "趋势 向量搜索 ★★★★★ × 0.6: 做 RAG 离不开它 (eval-2025)";
        for (int width = 1; width <= 50; width++) {
            List<String> lines = DisplayWidth.wrap(text, width);
            assertThat(String.join("", lines).replace(" ", "")).isEqualTo(text.replace(" ", ""));
            for (String line : lines) {
                if (DisplayWidth.of(line) > width) {
                    assertThat(DisplayWidth.longestUnbreakable(line)).as("line %s at %d", line, width)
                            .isEqualTo(DisplayWidth.of(line));
                }
            }
        }
    }

    @Test
    void plainAsciiComesBackAsItIsWithoutACopy() {
        String line = "qdrant  0.92 (eval-2025)";
        assertThat(DisplayWidth.sanitize(line, false)).isSameAs(line);
        assertThat(DisplayWidth.reveal(line)).isSameAs(line);
        String lines = "one\ntwo";
        assertThat(DisplayWidth.sanitize(lines, true)).isSameAs(lines);
        assertThat(DisplayWidth.sanitize(lines, false)).isEqualTo("one two");
        assertThat(DisplayWidth.sanitize("a\tb\rc\u001Bd", true)).isEqualTo("a b c<U+001B>d");
        assertThat(DisplayWidth.sanitize("caf\u00e9\u200B", true)).isEqualTo("caf\u00e9<U+200B>");
    }

    @Test
    void spacesBetweenWordsAreKeptInsideALineAndDroppedWhereALineBreaks() {
        assertThat(DisplayWidth.wrap("a  bb   ccc", 5)).containsExactly("a  bb", "ccc");
        assertThat(DisplayWidth.wrap("  abc def  ", 4)).containsExactly("abc", "def");
        assertThat(DisplayWidth.wrap("ab中文cd", 3)).containsExactly("ab", "中", "文", "cd");
        assertThat(DisplayWidth.wrap("x\n\ny  z", 2)).containsExactly("x", "", "y", "z");
        assertThat(DisplayWidth.longestUnbreakable("ab  中文cdef\nghijk ")).isEqualTo(5);
    }

    @Test
    void wrappedWidthIsTheWidestLineThatWrapGives() {
        List<String> texts = List.of("", "see rapid-prototyping ×0.8", "各维度权重相同，成熟度即平均", "✅ 生产就绪",
                "⚠️警告", "ab中文cd", "x\n\ny  z", "  leading and trailing  ", "a\u0301 combining", "word");
        for (String text : texts) {
            for (int width = 0; width <= 30; width++) {
                int widest = DisplayWidth.wrap(text, width).stream().mapToInt(DisplayWidth::of).max().orElse(0);
                assertThat(DisplayWidth.wrappedWidth(text, width)).as("'%s' at %d", text, width).isEqualTo(widest);
            }
        }
    }
}
