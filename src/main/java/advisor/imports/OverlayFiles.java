package advisor.imports;

import advisor.model.Category;
import advisor.model.DimensionScore;
import advisor.model.Evaluation;
import advisor.model.Fact;
import advisor.model.Library;
import advisor.model.Remark;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Trend;
import advisor.render.Yaml;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The files of a catalog overlay for an {@link EvaluationImport.Overlay}, as path (relative to the
 * overlay directory) and content, keys in the order the catalog format documents. A library the base
 * catalog already knows is written as an extension ({@code extends: true}) holding what the document adds.
 */
public final class OverlayFiles {
    private OverlayFiles() {
    }

    public static Map<String, String> of(EvaluationImport.Overlay overlay, String header) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.yaml", file(header, "sources", overlay.sources().stream().map(OverlayFiles::source).toList()));
        if (!overlay.scenarios().isEmpty()) {
            files.put("scenarios.yaml", file(header, "scenarios",
                    overlay.scenarios().stream().map(OverlayFiles::scenario).toList()));
        }
        if (!overlay.categories().isEmpty()) {
            files.put("categories.yaml", file(header, "categories",
                    overlay.categories().stream().map(OverlayFiles::category).toList()));
        }
        if (!overlay.trends().isEmpty()) {
            files.put("trends.yaml", file(header, "trends", overlay.trends().stream().map(OverlayFiles::trend).toList()));
        }
        Set<String> matched = Set.copyOf(overlay.matched());
        for (Library l : overlay.libraries()) {
            files.put("libraries/" + l.id() + ".yaml", header + Yaml.write(library(l, matched.contains(l.id()))));
        }
        return files;
    }

    private static String file(String header, String key, List<Map<String, Object>> entries) {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put(key, entries);
        return header + Yaml.write(top);
    }

    private static Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("title", text(s.title()));
        m.put("file", s.file());
        if (s.date() != null) {
            m.put("date", s.date().toString());
        }
        if (s.reviewMonths() != null) {
            m.put("reviewMonths", s.reviewMonths());
        }
        return m;
    }

    private static Map<String, Object> scenario(Scenario s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("label", text(s.label()));
        m.put("aliases", s.aliases());
        m.put("kind", s.kind().id());
        m.put("related", List.of());
        return m;
    }

    private static Map<String, Object> category(Category c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.id());
        m.put("label", text(c.label()));
        return m;
    }

    private static Map<String, Object> trend(Trend t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("label", text(t.label()));
        m.put("libraries", t.libraries());
        m.put("scenarios", t.scenarios());
        m.put("impact", t.impact());
        m.put("advice", text(t.advice()));
        m.put("source", t.source());
        return m;
    }

    /** A library file; an extension leaves out what the library it extends already says (name, category...). */
    public static Map<String, Object> library(Library l, boolean extension) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", l.id());
        if (extension) {
            m.put("extends", true);
        } else {
            m.put("name", l.name());
            if (!l.aliases().isEmpty()) {
                m.put("aliases", l.aliases());
            }
            m.put("category", l.category());
            if (l.repository() != null) {
                m.put("repository", l.repository());
            }
            m.put("summary", text(l.summary()));
        }
        if (!l.facts().isEmpty()) {
            m.put("facts", l.facts().stream().map(OverlayFiles::fact).toList());
        }
        if (l.evaluation() != null) {
            m.put("evaluation", evaluation(l.evaluation()));
        }
        if (!l.scenarios().isEmpty()) {
            m.put("scenarios", l.scenarios().stream().map(OverlayFiles::rating).toList());
        }
        if (!l.strengths().isEmpty()) {
            m.put("strengths", l.strengths().stream().map(OverlayFiles::remark).toList());
        }
        if (!l.limitations().isEmpty()) {
            m.put("limitations", l.limitations().stream().map(OverlayFiles::remark).toList());
        }
        return m;
    }

    private static Map<String, Object> fact(Fact f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", f.key());
        if (f.value() != null) {
            m.put("value", f.value());
        } else {
            m.put("text", text(f.text()));
        }
        if (f.asOf() != null) {
            m.put("asOf", f.asOf());
        }
        m.put("source", f.source());
        return m;
    }

    private static Map<String, Object> evaluation(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", e.source());
        if (e.date() != null) {
            m.put("date", e.date().toString());
        }
        if (!e.dimensions().isEmpty()) {
            Map<String, Object> dims = new LinkedHashMap<>();
            for (Map.Entry<String, DimensionScore> d : e.dimensions().entrySet()) {
                Map<String, Object> score = new LinkedHashMap<>();
                score.put("score", BigDecimal.valueOf(d.getValue().score()));
                if (d.getValue().note() != null) {
                    score.put("note", text(d.getValue().note()));
                }
                dims.put(d.getKey(), score);
            }
            m.put("dimensions", dims);
        }
        if (e.reported() != null) {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("score", BigDecimal.valueOf(e.reported().score()));
            r.put("tier", e.reported().tier());
            m.put("reported", r);
        }
        return m;
    }

    private static Map<String, Object> rating(ScenarioRating r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", r.scenario());
        if (r.stars() != null) {
            m.put("stars", r.stars());
        }
        m.put("source", r.source());
        if (r.note() != null) {
            m.put("note", text(r.note()));
        }
        return m;
    }

    private static Map<String, Object> remark(Remark r) {
        Map<String, Object> m = text(r.text());
        m.put("source", r.source());
        return m;
    }

    /** A text as the catalog writes it: both languages, or the one it was written in. */
    private static Map<String, Object> text(Text t) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (t.en() != null) {
            m.put("en", t.en());
        }
        if (t.zh() != null) {
            m.put("zh", t.zh());
        }
        return m;
    }
}
