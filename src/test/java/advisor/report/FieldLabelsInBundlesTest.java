package advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.Lang;
import advisor.render.Field;
import advisor.render.Fields;
import advisor.render.Messages;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every field an answer's records declare is labelled by a message in both languages: a label derived from a
 * declaration's prefix is checked as much as one written out.
 */
class FieldLabelsInBundlesTest {
    /** Every declaration held in a static field of this package's classes, by "Class.FIELD". */
    private static Map<String, Fields<?>> declarations() throws Exception {
        Path dir = Path.of(LibraryReport.class.getResource("LibraryReport.class").toURI()).getParent();
        List<Path> classes;
        try (Stream<Path> files = Files.list(dir)) {
            classes = files.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        Map<String, Fields<?>> out = new LinkedHashMap<>();
        for (Path p : classes) {
            String name = p.getFileName().toString().replaceAll("\\.class$", "");
            Class<?> c = Class.forName("advisor.report." + name);
            for (java.lang.reflect.Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) && f.getType() == Fields.class) {
                    f.setAccessible(true);
                    out.put(name + "." + f.getName(), (Fields<?>) f.get(null));
                }
            }
        }
        for (String key : List.of("dimensions", "scenarios", "categories", "profiles", "trends", "sources")) {
            out.put("Reference(" + key + ")", new Reference<>(key, List.of(), null, null).declaration());
        }
        return out;
    }

    @Test
    void everyDeclaredFieldHasALabelInBothLanguages() throws Exception {
        Map<String, Fields<?>> declarations = declarations();
        assertThat(declarations).containsKeys("LibraryReport.FIELDS", "LibraryReport$WorksWithEntry.FIELDS",
                "LibraryReport$MeasurementEntry.WITH_BASELINES", "StackProposal$ProposedLayer.ROW", "Recommendation$Ranked.FIELDS");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Fields<?>> d : declarations.entrySet()) {
            for (Field<?> f : d.getValue().all()) {
                for (Lang lang : Lang.values()) {
                    if (!Messages.of(lang).keys().contains(f.label())) {
                        missing.add(d.getKey() + " " + f.name() + ": " + f.label() + " (" + lang.code() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aPrefixLabelsTheFieldsThatNameNoKey() {
        assertThat(LibraryReport.WorksWithEntry.FIELDS.all()).extracting(Field::label).containsExactly(
                "show.field.worksWith.id", "show.field.worksWith.name", "show.field.worksWith.relation",
                "show.field.worksWith.direction", "show.field.worksWith.note", "reference.source");
        assertThat(new Reference<>("trends", List.of(), null, null).declaration().all()).extracting(Field::label)
                .containsExactly("field.schemaVersion", "reference.field.trends");
    }
}
