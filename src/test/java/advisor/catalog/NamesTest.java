package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.Invisible;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Forgiving name matching and "did you mean" suggestions. */
class NamesTest {
    @Test
    void caseSpacesHyphensAndUnderscoresDoNotMatter() {
        assertThat(Names.key("Sea-ORM")).isEqualTo(Names.key("sea_orm")).isEqualTo(Names.key("SeaORM"));
        assertThat(Names.key("边缘 AI")).isEqualTo(Names.key("边缘AI"));
        assertThat(Names.key("ＲＡＧ")).isEqualTo(Names.key("rag"));
    }

    @Test
    void textTheKeySkipsNormalisingForIsItsOwnNfkcForm() {
        StringBuilder all = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            all.append(c);
        }
        for (char c = 0x4E00; c <= 0x9FFF; c++) {
            all.append(c).append('a');
        }
        for (char c = 0x3001; c <= 0x3011; c++) {
            all.append(c).append('a');
        }
        String text = all.toString();
        assertThat(Names.nfkcStable(text)).isTrue();
        assertThat(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)).isEqualTo(text);
        // full-width letters, the ideographic space, compatibility ideographs and combining marks are normalised
        for (String s : List.of("ＲＡＧ", "边缘\u3000AI", "\uF900", "e\u0301", "\u2F00", "\u00E9", "，", "\u3012")) {
            assertThat(Names.nfkcStable(s)).as(s).isFalse();
        }
        assertThat(Names.key("检索增强生成 RAG")).isEqualTo("检索增强生成rag");
    }

    @Test
    void invisibleCharactersDoNotMatter() {
        assertThat(Names.key("Qd\u200Brant")).isEqualTo(Names.key("qdrant"));
        assertThat(Names.key("\u202Eqdrant\u2060\uFEFF")).isEqualTo(Names.key("Qdrant"));
    }

    @Test
    void indexFindsByAnyNameAndSuggestsClosest() {
        NameIndex<String> index = new NameIndex<String>()
                .add("candle", "candle", List.of("Candle"))
                .add("turso", "turso", List.of("libSQL", "Turso"))
                .add("burn", "burn", List.of());
        assertThat(index.find("LIBSQL")).contains("turso");
        assertThat(index.find("candel")).isEmpty();
        assertThat(index.suggest("candel")).containsExactly("candle");
        assertThat(index.suggest("brun")).containsExactly("burn");
        assertThat(index.suggest("zzzzzz")).isEmpty();
    }

    @Test
    void didYouMeanNamesTheCandidates() {
        assertThat(Suggestions.didYouMean("web-framwork", List.of("orm", "web-framework")))
                .isEqualTo("; did you mean 'web-framework'?");
        assertThat(Suggestions.didYouMean("x", List.of("orm"))).isEmpty();
    }

    @Test
    void suggestsTyposButNotMereLookAlikes() {
        List<String> scenarios = List.of("rag", "dl-research", "semantic-search", "edge-ai");
        assertThat(Suggestions.closest("code-search", scenarios)).isEmpty();
        assertThat(Suggestions.closest("semantic-serch", scenarios)).containsExactly("semantic-search");
        List<String> libraries = List.of("qdrant", "alpha", "lancedb", "candle");
        assertThat(Suggestions.closest("qdrnt", libraries)).containsExactly("qdrant");
        assertThat(Suggestions.closest("alpah", libraries)).containsExactly("alpha");
        assertThat(Suggestions.closest("lancdb", libraries)).containsExactly("lancedb");
        assertThat(Suggestions.closest("lsit", List.of("list", "show"))).containsExactly("list");
        assertThat(Suggestions.closest("cat", List.of("candle"))).isEmpty();
    }

    /** The general form of a key (NFKC, lower case, without separators and invisible characters). */
    private static String generalKey(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(c -> !Character.isWhitespace(c) && c != '-' && c != '_' && c != '.' && c != '\u3000'
                && !Invisible.inName(c)).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    @Test
    void theShortcutForPlainNamesGivesTheGeneralKey() {
        String alphabet = "abzAZ09 -_.\tÉé\u200BＡİ";
        Random random = new Random(3);
        for (int k = 0; k < 50_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(Names.key(sb.toString())).as("'%s'", sb).isEqualTo(generalKey(sb.toString()));
        }
    }
}
