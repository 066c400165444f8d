package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a plain (unquoted) scalar reads: the YAML 1.1 surprises the loader must catch, and plain words. */
class ScalarResolutionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yes|BOOL", "On|BOOL", "off|BOOL", "N|BOOL", "TRUE|BOOL",
        "~|NULL", "null|NULL",
        "-3|INT", "0x1F|INT", "+7|INT",
        "1.10|FLOAT", ".inf|FLOAT", ".NaN|FLOAT", "1e5|FLOAT",
        "hello|STRING", "nothing|STRING", "only|STRING", "yesterday|STRING", "中文|STRING", "1.2.3|STRING",
        "@x|STRING", "Qdrant|STRING"})
    void plainScalarsResolveAsYamlReadsThem(String raw, YNode.Scalar.Type type) {
        assertThat(YamlReader.resolve(raw)).isEqualTo(type);
    }

    /** YAML 1.1's resolution patterns, as SnakeYAML's resolver has them: the reader matches them by hand. */
    private static final Pattern INT = Pattern.compile("[-+]?(0|[1-9][0-9_]*|0[xX][0-9a-fA-F_]+|0[oO]?[0-7_]+)");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
    private static final Pattern BOOL = Pattern.compile(
            "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");

    private static YNode.Scalar.Type byPatterns(String raw) {
        if (NULL.matcher(raw).matches()) {
            return YNode.Scalar.Type.NULL;
        }
        if (BOOL.matcher(raw).matches()) {
            return YNode.Scalar.Type.BOOL;
        }
        if (INT.matcher(raw).matches()) {
            return YNode.Scalar.Type.INT;
        }
        return FLOAT.matcher(raw).matches() ? YNode.Scalar.Type.FLOAT : YNode.Scalar.Type.STRING;
    }

    @Test
    void theHandWrittenMatchingAgreesWithThePatterns() {
        String alphabet = "0123456789_+-.eExXoOabfinNAIFlsuyYTrt~ ";
        int checked = 0;
        // every string of up to four characters of the alphabet, then longer ones at random
        for (int length = 0; length <= 4; length++) {
            int[] digits = new int[length];
            while (true) {
                StringBuilder sb = new StringBuilder();
                for (int d : digits) {
                    sb.append(alphabet.charAt(d));
                }
                String raw = sb.toString();
                assertThat(YamlReader.resolve(raw)).as("'%s'", raw).isEqualTo(byPatterns(raw));
                checked++;
                int k = length - 1;
                while (k >= 0 && ++digits[k] == alphabet.length()) {
                    digits[k--] = 0;
                }
                if (k < 0) {
                    break;
                }
            }
        }
        Random random = new Random(11);
        String[] words = {"0", "1", "9", "_", "-", "+", ".", "e", "E", "x", "o", "0x", "0o", "inf", "nan", "NaN", "Inf",
            ".inf", ".nan", "1_000", "12", "f", "yes", "null", "~"};
        for (int k = 0; k < 200_000; k++) {
            StringBuilder sb = new StringBuilder();
            for (int parts = random.nextInt(6); parts >= 0; parts--) {
                sb.append(words[random.nextInt(words.length)]);
            }
            String raw = sb.toString();
            assertThat(YamlReader.resolve(raw)).as("'%s'", raw).isEqualTo(byPatterns(raw));
            checked++;
        }
        assertThat(checked).isGreaterThan(2_000_000);
    }
}
