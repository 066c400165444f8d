package advisor.imports;

import advisor.model.Catalog;
import advisor.model.DimensionScore;
import advisor.model.Fact;
import advisor.model.Library;
import advisor.model.Measurement;
import advisor.model.Remark;
import advisor.model.ScenarioRating;
import advisor.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Every text of a catalog, both languages, icons and names: reference text for {@link Evidence}. */
public final class CatalogText {
    private CatalogText() {
    }

    public static List<String> of(Catalog catalog) {
        List<String> out = new ArrayList<>();
        catalog.sources().forEach(s -> add(out, s.title()));
        catalog.dimensions().forEach(d -> {
            add(out, d.label());
            add(out, d.description());
        });
        catalog.tiers().forEach(t -> {
            add(out, t.label());
            out.add(t.icon() + " " + t.label().zh());
            out.add(t.icon() + " " + t.label().en());
        });
        catalog.profiles().forEach(p -> {
            add(out, p.label());
            add(out, p.rationale());
        });
        catalog.categories().forEach(c -> add(out, c.label()));
        catalog.scenarios().forEach(s -> {
            add(out, s.label());
            out.addAll(s.aliases());
        });
        catalog.trends().forEach(t -> {
            add(out, t.label());
            add(out, t.advice());
        });
        for (Library l : catalog.libraries()) {
            out.add(l.name());
            out.addAll(l.aliases());
            add(out, l.summary());
            for (Fact f : l.facts()) {
                out.add(f.value());
                add(out, f.text());
            }
            if (l.evaluation() != null) {
                for (DimensionScore d : l.evaluation().dimensions().values()) {
                    add(out, d.note());
                }
            }
            for (ScenarioRating r : l.scenarios()) {
                add(out, r.note());
            }
            for (List<Remark> remarks : List.of(l.strengths(), l.limitations(), l.notes())) {
                remarks.forEach(r -> add(out, r.text()));
            }
            for (Measurement m : l.measurements()) {
                add(out, m.metric());
                add(out, m.note());
            }
        }
        out.removeIf(s -> s == null);
        return out;
    }

    private static void add(List<String> out, Text text) {
        if (text != null) {
            out.add(text.en());
            out.add(text.zh());
        }
    }
}
