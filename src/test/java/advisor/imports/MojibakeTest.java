package advisor.imports;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.catalog.CatalogLoader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Mangles the team's own evaluation documents as a wiki export does, repairs them, and measures what came back. */
class MojibakeTest {
    static final Path DIR = Path.of("src/test/resources/evaluation");
    static Evidence evidence;

    @BeforeAll
    static void catalog() {
        evidence = Evidence.of(CatalogText.of(CatalogLoader.load(List.of(), true, LocalDate.of(2026, 11, 24)).catalog()))
                .plus(EvaluationReader.vocabulary(), 20);
    }

    static Evidence evidence() {
        if (evidence == null) {
            catalog();
        }
        return evidence;
    }

    static String read(String name) throws IOException {
        return Files.readString(DIR.resolve(name));
    }

    /** Of the characters whose bytes the mangling lost, the share the repair gave back exactly. */
    static double restored(String original, String repaired, int... lost) {
        int[] o = original.codePoints().toArray();
        int[] r = repaired.codePoints().toArray();
        assertThat(r).hasSameSizeAs(o); // every damaged character became one character again
        int damaged = 0;
        int right = 0;
        for (int i = 0; i < o.length; i++) {
            if (lostByte(o[i], lost)) {
                damaged++;
                right += o[i] == r[i] ? 1 : 0;
            }
        }
        return damaged == 0 ? 1 : (double) right / damaged;
    }

    private static boolean lostByte(int cp, int[] lost) {
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            for (int l : lost) {
                if ((b & 0xFF) == l) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The bytes Windows-1252 does not define. */
    static final int[] CP1252_LOST = {0x81, 0x8D, 0x8F, 0x90, 0x9D};
    /** The bytes Windows-1254 does not define, and the soft hyphen an export strips. */
    static final int[] CP1254_LOST = {0x81, 0x8D, 0x8E, 0x8F, 0x90, 0x9D, 0x9E, 0xAD};

    @Test
    void theEnglishDocumentComesBackWhole() throws IOException {
        String original = read("team-en.md");
        Mojibake.Repair repair = Mojibake.repair(Mojibake.mangle(original), evidence);
        assertThat(repair.detected()).isTrue();
        assertThat(repair.damaged()).isPositive(); // its ⭐ lose bytes too
        assertThat(repair.text()).isEqualTo(original);
    }

    @Test
    void theChineseDocumentComesBackAlmostWholeAndEveryAsciiCharacterExactly() throws IOException {
        String original = read("team-zh.md");
        String mangled = Mojibake.mangle(original);
        assertThat(mangled).isNotEqualTo(original).doesNotContain("维护状态");
        Mojibake.Repair repair = Mojibake.repair(mangled, evidence);
        assertThat(repair.detected()).isTrue();
        assertThat(repair.damaged()).isGreaterThan(100);
        double share = restored(original, repair.text(), CP1252_LOST);
        System.out.printf("team-zh.md: %d characters lost bytes, %.1f%% of them restored%n", repair.damaged(), 100 * share);
        assertThat(share).isGreaterThanOrEqualTo(0.95);
        // numbers, ids and table structure: the ASCII skeleton is identical
        assertThat(repair.text().replaceAll("[^\\x00-\\x7F]", "")).isEqualTo(original.replaceAll("[^\\x00-\\x7F]", ""));
        assertThat(repair.text()).contains("| 维护状态 | ✅ 5.0 | 由公司团队持续维护 |", "| 日志检索 | ⭐⭐⭐⭐⭐ |");
    }

    @Test
    void aTurkishCodePageAndStrippedSoftHyphensAreRepairedToo() throws IOException {
        // a wiki export that read the bytes as Windows-1254 and dropped soft hyphens as invisible
        String original = read("team-zh.md");
        String mangled = mangle(original, "windows-1254").replace("\u00AD", "");
        assertThat(mangled).contains("ğŸ"); // the emoji's lead byte read as a Turkish letter
        Mojibake.Repair repair = Mojibake.repair(mangled, evidence);
        assertThat(repair.detected()).isTrue();
        double share = restored(original, repair.text(), CP1254_LOST);
        System.out.printf("team-zh.md as 1254: %d characters lost bytes, %.1f%% of them restored%n", repair.damaged(),
                100 * share);
        assertThat(share).isGreaterThanOrEqualTo(0.90);
        assertThat(repair.text()).contains("🏆 行业标准", "⚠️ **分布式**");
    }

    @Test
    void textThatIsNotMojibakeIsLeftAlone() throws IOException {
        for (String text : List.of(read("team-zh.md"), "Café au lait, déjà vu, naïve résumé\n", "plain | ascii | 4.5 |\n",
                "Ã", "")) {
            Mojibake.Repair repair = Mojibake.repair(text, evidence);
            assertThat(repair.detected()).as(text).isFalse();
            assertThat(repair.text()).isSameAs(text);
        }
    }

    @Test
    void aCharacterWithoutEvidenceIsReportedWithItsLine() {
        // no reference text at all: the lost bytes of 据 (line 2) and 态 (line 3) cannot be told from their rivals by counting
        String original = "| id | 4.5 |\n中文数据\n维护状态\n";
        Mojibake.Repair repair = Mojibake.repair(Mojibake.mangle(original), Evidence.of(List.of()));
        assertThat(repair.detected()).isTrue();
        assertThat(repair.damaged()).isEqualTo(2);
        assertThat(repair.uncertain()).extracting(Mojibake.Uncertain::line).containsExactly(2, 3);
        assertThat(repair.uncertain().get(0).alternatives()).isNotEmpty();
        assertThat(repair.text()).startsWith("| id | 4.5 |\n中文数").contains("\n维护状");
    }

    @Test
    void latinOneDecodingLosesNothingAndIsUndoneExactly() throws IOException {
        String original = read("team-zh.md");
        String mangled = new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        Mojibake.Repair repair = Mojibake.repair(mangled, evidence);
        assertThat(repair.damaged()).isZero();
        assertThat(repair.text()).isEqualTo(original);
    }

    /** UTF-8 bytes read as {@code page}, the bytes it does not define dropped. */
    static String mangle(String original, String page) {
        StringBuilder sb = new StringBuilder();
        Charset cs = Charset.forName(page);
        for (byte b : original.getBytes(StandardCharsets.UTF_8)) {
            String s = new String(new byte[] {b}, cs);
            if (!s.equals("\uFFFD")) {
                sb.append(s);
            }
        }
        return sb.toString();
    }
}
