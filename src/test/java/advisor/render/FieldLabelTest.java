package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A field declared without a label key takes its declaration's prefix and its name; one that names a key keeps it. */
class FieldLabelTest {
    private record Pair(String left, String right) {
    }

    private static List<String> labels(Fields<Pair> fields) {
        return fields.all().stream().map(Field::label).toList();
    }

    @Test
    void aDeferredDeclarationLabelsItsFieldsUnderItsPrefix() {
        Fields<Pair> fields = Fields.of(Pair.class, "pair.field", () -> List.of(
                Field.data("left", Pair::left),
                Field.column("right", "other.key", Pair::right, (p, m) -> p.right())));
        assertThat(labels(fields)).containsExactly("pair.field.left", "other.key");
        assertThat(fields.all().get(1).text()).isNotNull();
    }

    @Test
    void anEagerDeclarationAndWhatIsAddedToItShareThePrefix() {
        Fields<Pair> fields = Fields.of("pair.field", Field.<Pair>numberColumn("left", Pair::left, (p, m) -> p.left()));
        Fields<Pair> more = fields.and(Field.data("right", Pair::right));
        assertThat(labels(more)).containsExactly("pair.field.left", "pair.field.right");
        assertThat(more.all().get(0).number()).isTrue();
    }

    @Test
    void aFieldWithoutALabelNeedsAPrefix() {
        assertThatThrownBy(() -> Fields.of(Field.<Pair>data("left", Pair::left)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'left'");
        Fields<Pair> deferred = Fields.of(Pair.class, () -> List.of(Field.data("right", Pair::right)));
        assertThatThrownBy(deferred::all).isInstanceOf(IllegalStateException.class).hasMessageContaining("'right'");
    }
}
