package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

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
}
