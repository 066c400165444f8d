package advisor.model;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.render.Format;
import advisor.render.Messages;
import advisor.report.LibraryList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a user types for a fixed-set option value, and what completion says it means, follow from the constant. */
class ChoiceTest {
    private static List<Choice> all() {
        List<Choice> all = new ArrayList<>(List.of(Format.values()));
        all.addAll(List.of(LibraryList.Sort.values()));
        all.addAll(List.of(Lang.values()));
        return all;
    }

    @Test
    void idsAreTheConstantsInLowerCaseWithHyphensAndTheirToString() {
        assertThat(all()).extracting(Choice::id).containsExactly("table", "json", "yaml", "csv", "tsv", "markdown", "adr",
                "svg", "html", "mermaid", "score", "name", "stars", "first-release", "en", "zh");
        for (Choice c : all()) {
            assertThat(c).hasToString(c.id());
        }
    }

    @Test
    void everyDescriptionIsInBothBundles() {
        assertThat(LibraryList.Sort.FIRST_RELEASE.descriptionKey()).isEqualTo("choice.sort.first-release");
        for (Lang lang : Lang.values()) {
            for (Choice c : all()) {
                assertThat(Messages.of(lang).text(c.descriptionKey())).as(c.descriptionKey()).isNotBlank();
            }
        }
        assertThat(Messages.of(Lang.EN).text(Lang.ZH.descriptionKey())).isEqualTo("中文");
        assertThat(Messages.of(Lang.ZH).text(Format.CSV.descriptionKey())).isEqualTo("CSV（RFC 4180）");
    }
}
