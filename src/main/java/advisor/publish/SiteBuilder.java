package advisor.publish;

import advisor.model.Catalog;
import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.model.ScenarioRating;
import advisor.model.Source;
import advisor.model.Text;
import advisor.model.Tier;
import advisor.model.Trend;
import advisor.render.Messages;
import advisor.render.TabularRenderer;
import advisor.scoring.Candidate;
import advisor.model.Maturity;
import advisor.model.MaturityScore;
import advisor.scoring.Recommender;
import advisor.model.Tiers;
import advisor.model.Weights;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Builds a published wiki section as Markdown, whole, in memory: an index (what the catalog covers, its
 * sources and their dates, what is past its review), one page per scenario, library, category and trend,
 * linked to each other by relative links, under file names made from ids ({@code scenarios/rag.md}). The
 * bodies come from {@link Bodies}; further chapters (stacks, the radar picture, changes since an earlier
 * catalog) plug in as {@link Chapter}s. Nothing here touches a file: the caller writes the result.
 */
public final class SiteBuilder {
    /** How many leaders of a category are compared side by side. */
    static final int LEADERS = 4;
    /** How many candidates of a scenario the index and the scenario page link to. */
    static final int CANDIDATE_LINKS = 10;
    /** The balance of fit against maturity the recommend command uses by default. */
    private static final double FIT_WEIGHT = 0.5;

    /**
     * A further part of the section: its own pages and a line for the index. The extension point for
     * the stacks, the radar picture and the changes since an earlier catalog ({@code --since DIR}).
     */
    public interface Chapter {
        /** Adds this chapter's pages (relative path to Markdown) and returns the index's section about them. */
        String addPages(SiteBuilder site, SortedMap<String, String> pages);
    }

    public final Catalog catalog;
    public final Lang lang;
    public final Messages messages;
    public final Profile profile;
    private final Weights weights;
    private final Tiers tiers;
    private final LocalDate asOf;
    private final String ext;
    private final Bodies bodies;
    private final List<Chapter> chapters;
    private final Map<String, Optional<MaturityScore>> maturity = new HashMap<>();
    private final Map<String, List<Library>> rankedByCategory = new HashMap<>();
    private List<Category> categories;

    /**
     * {@code ext} is the file extension of every page and link ({@code .md}, or {@code .html} when the pages
     * are turned into a static site); {@code asOf} is the date staleness is judged on.
     */
    public SiteBuilder(Catalog catalog, Lang lang, Profile profile, LocalDate asOf, String ext, Bodies bodies,
                       List<Chapter> chapters) {
        this.catalog = catalog;
        this.lang = lang;
        this.messages = Messages.of(lang);
        this.profile = profile;
        this.weights = Weights.normalise(profile.weights(), catalog.dimensionIds());
        this.tiers = new Tiers(catalog.tiers());
        this.asOf = asOf;
        this.ext = ext;
        this.bodies = bodies;
        this.chapters = List.copyOf(chapters);
    }

    /** Every page, by relative path (sorted), as Markdown. */
    public SortedMap<String, String> build() {
        SortedMap<String, String> pages = new TreeMap<>();
        Map<String, List<Candidate>> ranked = new HashMap<>();
        Recommender recommender = new Recommender(catalog);
        for (Scenario s : catalog.scenarios()) {
            ranked.put(s.id(), recommender.recommend(s, weights, FIT_WEIGHT, l -> true).ranked());
        }
        for (Scenario s : catalog.scenarios()) {
            pages.put(scenarioPath(s.id()), scenarioPage(s, ranked.get(s.id())));
        }
        for (Library l : catalog.libraries()) {
            pages.put(libraryPath(l.id()), libraryPage(l));
        }
        for (Category c : categories()) {
            pages.put(categoryPath(c.id()), categoryPage(c));
        }
        for (Trend t : catalog.trends()) {
            pages.put(trendPath(t.id()), trendPage(t));
        }
        List<String> extra = new ArrayList<>();
        for (Chapter chapter : chapters) {
            extra.add(chapter.addPages(this, pages));
        }
        pages.put(indexPath(), index(ranked, extra));
        return pages;
    }

    // ---- file names and links ----

    public String indexPath() {
        return "index" + ext;
    }

    public String scenarioPath(String id) {
        return "scenarios/" + id + ext;
    }

    public String libraryPath(String id) {
        return "libraries/" + id + ext;
    }

    public String categoryPath(String id) {
        return "categories/" + id + ext;
    }

    public String trendPath(String id) {
        return "trends/" + id + ext;
    }

    public String stacksPath() {
        return "stacks/index" + ext;
    }

    public String stackPath(String id) {
        return "stacks/" + id + ext;
    }

    public String radarPath() {
        return "radar" + ext;
    }

    public String changesPath() {
        return "changes" + ext;
    }

    /** A Markdown link from page {@code from} to page {@code to}, both relative to the section's root. */
    public static String link(String from, String to, String text) {
        return "[" + md(text) + "](" + relative(from, to) + ")";
    }

    /** The path of {@code to} as seen from the directory of {@code from}. */
    static String relative(String from, String to) {
        String[] a = from.split("/");
        String[] b = to.split("/");
        int common = 0;
        while (common < a.length - 1 && common < b.length - 1 && a[common].equals(b[common])) {
            common++;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < a.length - 1; i++) {
            sb.append("../");
        }
        for (int i = common; i < b.length; i++) {
            sb.append(b[i]).append(i < b.length - 1 ? "/" : "");
        }
        return sb.toString();
    }

    /** Catalog text made safe as inline Markdown. */
    public static String md(String text) {
        return TabularRenderer.mdCell(text == null ? "" : text);
    }

    /** One line of a "See also" list: a label and its links. */
    private static String item(String label, List<String> links) {
        return "- **" + label + ":** " + String.join(" · ", links);
    }

    private void seeAlso(StringBuilder sb, List<String> items) {
        if (!items.isEmpty()) {
            sb.append("## ").append(messages.text("publish.seeAlso")).append("\n\n").append(String.join("\n", items)).append("\n\n");
        }
    }

    private String in(Text text) {
        return text == null ? "" : text.in(lang);
    }

    // ---- pages ----

    /** The top of every page: its title, the way back to the index, and what the figures are based on. */
    public String header(String path, String title) {
        return "# " + md(title) + "\n\n" + link(path, indexPath(), messages.text("publish.index")) + " · "
                + messages.text("publish.context", md(profile.id()), asOf) + "\n\n";
    }

    private String scenarioPage(Scenario s, List<Candidate> candidates) {
        String path = scenarioPath(s.id());
        StringBuilder sb = new StringBuilder(header(path, in(s.label())));
        if (s.domain()) {
            List<String> withPage = categories().stream().map(Category::id).toList();
            sb.append(messages.text("publish.scenario.domain", s.id(), String.join(", ", s.categories().stream()
                    .map(c -> withPage.contains(c) ? link(path, categoryPath(c), categoryLabel(c)) : md(categoryLabel(c))).toList())));
        } else {
            sb.append(messages.text("publish.scenario.quality", s.id()));
        }
        sb.append("\n\n").append(bodies.scenario(s).strip()).append("\n\n");
        List<String> seeAlso = new ArrayList<>();
        if (!candidates.isEmpty()) {
            seeAlso.add(item(messages.text("publish.candidates"), candidates.subList(0, Math.min(CANDIDATE_LINKS, candidates.size())).stream()
                    .map(c -> link(path, libraryPath(c.library().id()), c.library().name())).toList()));
        }
        List<Scenario> related = s.related().stream().map(r -> catalog.scenario(r.scenario())).flatMap(Optional::stream).toList();
        if (!related.isEmpty()) {
            seeAlso.add(item(messages.text("publish.relatedScenarios"), related.stream().map(r -> link(path, scenarioPath(r.id()), in(r.label()))).toList()));
        }
        seeAlso(sb, seeAlso);
        return sb.toString();
    }

    private String libraryPage(Library l) {
        String path = libraryPath(l.id());
        StringBuilder sb = new StringBuilder(header(path, l.name()));
        sb.append(messages.text("publish.library.category", link(path, categoryPath(l.category()), categoryLabel(l.category())))).append("\n\n");
        sb.append(bodies.library(l).strip()).append("\n\n");
        List<String> seeAlso = new ArrayList<>();
        List<ScenarioRating> rated = l.scenarios().stream().filter(r -> catalog.scenario(r.scenario()).isPresent()).toList();
        if (!rated.isEmpty()) {
            seeAlso.add(item(messages.text("publish.scenarios"), rated.stream().map(r -> link(path, scenarioPath(r.scenario()), scenarioLabel(r.scenario()))).toList()));
        }
        List<Trend> trends = catalog.trendsOf(l.id());
        if (!trends.isEmpty()) {
            seeAlso.add(item(messages.text("publish.trends"), trends.stream().map(tr -> link(path, trendPath(tr.id()), in(tr.label()))).toList()));
        }
        List<Library> peers = ranked(l.category()).stream().filter(p -> !p.id().equals(l.id())).toList();
        if (!peers.isEmpty()) {
            seeAlso.add(item(messages.text("publish.sameCategory"), peers.stream().map(p -> link(path, libraryPath(p.id()), p.name())).toList()));
        }
        seeAlso(sb, seeAlso);
        return sb.toString();
    }

    private String categoryPage(Category c) {
        String path = categoryPath(c.id());
        StringBuilder sb = new StringBuilder(header(path, in(c.label())));
        List<Library> members = ranked(c.id());
        sb.append("## ").append(messages.text("publish.libraries")).append("\n\n");
        libraryTable(sb, path, members, false);
        List<Library> scored = members.stream().filter(l -> score(l).isPresent()).toList();
        sb.append("## ").append(messages.text("publish.leaders")).append("\n\n");
        if (scored.size() >= 2) {
            List<Library> leaders = scored.subList(0, Math.min(LEADERS, scored.size()));
            sb.append(String.join(" · ", leaders.stream().map(l -> link(path, libraryPath(l.id()), l.name())).toList()))
                    .append("\n\n").append(bodies.leaders(c, leaders).strip()).append("\n\n");
        } else {
            sb.append(scored.isEmpty() ? messages.text("publish.leaders.none")
                    : messages.text("publish.leaders.one")).append("\n\n");
        }
        List<Scenario> served = catalog.scenarios().stream().filter(s -> s.domain() && s.categories().contains(c.id())).toList();
        if (!served.isEmpty()) {
            sb.append("## ").append(messages.text("publish.scenariosServed")).append("\n\n");
            served.forEach(s -> sb.append("- ").append(link(path, scenarioPath(s.id()), in(s.label()))).append('\n'));
            sb.append('\n');
        }
        List<Trend> trends = catalog.trends().stream()
                .filter(tr -> tr.libraries().stream().anyMatch(id -> catalog.library(id).map(l -> l.category().equals(c.id())).orElse(false)))
                .toList();
        if (!trends.isEmpty()) {
            sb.append("## ").append(messages.text("publish.trends")).append("\n\n");
            trends.forEach(tr -> sb.append("- ").append(link(path, trendPath(tr.id()), in(tr.label()))).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private String trendPage(Trend tr) {
        String path = trendPath(tr.id());
        StringBuilder sb = new StringBuilder(header(path, in(tr.label())));
        sb.append(messages.text("publish.trend.impact", "★".repeat(tr.impact()), md(in(tr.advice()))))
                .append(tr.source() == null ? "" : " (" + md(sourceLabel(tr.source())) + ")").append("\n\n");
        List<Library> libs = tr.libraries().stream().map(catalog::library).flatMap(Optional::stream).toList();
        if (!libs.isEmpty()) {
            sb.append("## ").append(messages.text("publish.libraries")).append("\n\n");
            libraryTable(sb, path, libs, true);
        }
        List<Scenario> scenarios = tr.scenarios().stream().map(catalog::scenario).flatMap(Optional::stream).toList();
        if (!scenarios.isEmpty()) {
            sb.append("## ").append(messages.text("publish.scenarios")).append("\n\n");
            scenarios.forEach(s -> sb.append("- ").append(link(path, scenarioPath(s.id()), in(s.label()))).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private String index(Map<String, List<Candidate>> ranked, List<String> extra) {
        String path = indexPath();
        StringBuilder sb = new StringBuilder("# ").append(messages.text("publish.title")).append("\n\n");
        long scored = catalog.libraries().stream().filter(l -> score(l).isPresent()).count();
        sb.append(messages.text("publish.coverage", asOf, md(profile.id()), catalog.libraries().size(), scored, catalog.scenarios().size(),
                categories().size(), catalog.trends().size())).append("\n\n");

        sb.append("## ").append(messages.text("publish.scenarios")).append("\n\n| ").append(messages.text("publish.col.scenario")).append(" | ")
                .append(messages.text("publish.col.scoredCandidates")).append(" | ").append(messages.text("publish.col.first")).append(" |\n| --- | ---: | --- |\n");
        for (Scenario s : catalog.scenarios()) {
            List<Candidate> list = ranked.get(s.id());
            sb.append("| ").append(link(path, scenarioPath(s.id()), in(s.label()))).append(" | ").append(list.size()).append(" | ")
                    .append(list.isEmpty() ? "" : link(path, libraryPath(list.get(0).library().id()), list.get(0).library().name()))
                    .append(" |\n");
        }
        sb.append('\n');

        sb.append("## ").append(messages.text("publish.categories")).append("\n\n| ").append(messages.text("publish.col.category")).append(" | ")
                .append(messages.text("publish.libraries")).append(" | ").append(messages.text("publish.col.scored")).append(" | ")
                .append(messages.text("publish.col.leader")).append(" |\n| --- | ---: | ---: | --- |\n");
        for (Category c : categories()) {
            List<Library> members = ranked(c.id());
            List<Library> withScore = members.stream().filter(l -> score(l).isPresent()).toList();
            sb.append("| ").append(link(path, categoryPath(c.id()), in(c.label()))).append(" | ").append(members.size())
                    .append(" | ").append(withScore.size()).append(" | ")
                    .append(withScore.isEmpty() ? "" : link(path, libraryPath(withScore.get(0).id()), withScore.get(0).name()))
                    .append(" |\n");
        }
        sb.append('\n');

        sb.append("## ").append(messages.text("publish.libraries")).append("\n\n");
        List<Library> all = new ArrayList<>(catalog.libraries());
        all.sort(byScore());
        libraryTable(sb, path, all, true);

        if (!catalog.trends().isEmpty()) {
            sb.append("## ").append(messages.text("publish.trends")).append("\n\n");
            for (Trend tr : catalog.trends()) {
                sb.append("- ").append(link(path, trendPath(tr.id()), in(tr.label()))).append(" ").append("★".repeat(tr.impact())).append('\n');
            }
            sb.append('\n');
        }

        sources(sb);
        staleness(sb, path);
        for (String section : extra) {
            if (!section.isBlank()) {
                sb.append(section.strip()).append("\n\n");
            }
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** The sources, their dates and review periods, and how many evaluations each carries. */
    private void sources(StringBuilder sb) {
        sb.append("## ").append(messages.text("publish.sources")).append("\n\n| ").append(messages.text("publish.col.source")).append(" | ")
                .append(messages.text("publish.col.title")).append(" | ").append(messages.text("publish.col.date")).append(" | ")
                .append(messages.text("publish.col.reviewEvery")).append(" | ").append(messages.text("publish.col.evaluations")).append(" |\n")
                .append("| --- | --- | --- | ---: | ---: |\n");
        for (Source s : catalog.sources()) {
            long evaluations = catalog.libraries().stream()
                    .filter(l -> l.evaluation() != null && s.id().equals(l.evaluation().source())).count();
            sb.append("| ").append(md(s.id())).append(" | ").append(md(in(s.title()))).append(" | ")
                    .append(s.date() == null ? messages.text("publish.undated") : s.date().toString()).append(" | ")
                    .append(s.reviewMonths() == null ? "" : messages.text("publish.months", s.reviewMonths())).append(" | ")
                    .append(evaluations).append(" |\n");
        }
        sb.append('\n');
    }

    /** The evaluations past their review date as of {@link #asOf}, oldest due first. */
    private void staleness(StringBuilder sb, String path) {
        record Due(Library library, LocalDate evaluated, String source, LocalDate due) {
        }
        List<Due> overdue = new ArrayList<>();
        for (Library l : catalog.libraries()) {
            if (l.evaluation() == null || l.evaluation().date() == null || l.evaluation().source() == null) {
                continue;
            }
            LocalDate due = catalog.source(l.evaluation().source()).map(s -> s.reviewDue(l.evaluation().date())).orElse(null);
            if (due != null && due.isBefore(asOf)) {
                overdue.add(new Due(l, l.evaluation().date(), l.evaluation().source(), due));
            }
        }
        overdue.sort(Comparator.comparing(Due::due).thenComparing(d -> d.library().id()));
        sb.append("## ").append(messages.text("publish.staleness")).append("\n\n");
        if (overdue.isEmpty()) {
            sb.append(messages.text("publish.staleness.none", asOf)).append("\n\n");
            return;
        }
        sb.append(messages.text("publish.staleness.some", asOf, overdue.size())).append("\n\n| ").append(messages.text("publish.col.library")).append(" | ")
                .append(messages.text("publish.col.evaluated")).append(" | ").append(messages.text("publish.col.source")).append(" | ")
                .append(messages.text("publish.col.reviewDue")).append(" |\n| --- | --- | --- | --- |\n");
        for (Due d : overdue) {
            sb.append("| ").append(link(path, libraryPath(d.library().id()), d.library().name())).append(" | ").append(d.evaluated())
                    .append(" | ").append(md(d.source())).append(" | ").append(d.due()).append(" |\n");
        }
        sb.append('\n');
    }

    /** A table of libraries with their score and tier under the profile, each linked to its page. */
    private void libraryTable(StringBuilder sb, String path, List<Library> libraries, boolean withCategory) {
        sb.append("| ").append(messages.text("publish.col.library")).append(withCategory ? " | " + messages.text("publish.col.category") : "").append(" | ")
                .append(messages.text("publish.col.score")).append(" | ").append(messages.text("publish.col.tier")).append(" | ").append(messages.text("publish.col.summary"))
                .append(" |\n| --- |").append(withCategory ? " --- |" : "").append(" ---: | --- | --- |\n");
        for (Library l : libraries) {
            Optional<MaturityScore> score = score(l);
            Tier tier = score.map(s -> tiers.of(s.value())).orElse(null);
            sb.append("| ").append(link(path, libraryPath(l.id()), l.name()));
            if (withCategory) {
                sb.append(" | ").append(link(path, categoryPath(l.category()), categoryLabel(l.category())));
            }
            sb.append(" | ").append(score.map(s -> s.shown().toPlainString()).orElse("")).append(" | ")
                    .append(tier == null ? messages.text("publish.notScored") : tier.icon() + " " + md(in(tier.label()))).append(" | ")
                    .append(md(in(l.summary()))).append(" |\n");
        }
        sb.append('\n');
    }

    // ---- helpers ----

    /** The categories that hold a library: an empty one would be a page with nothing on it. */
    private List<Category> categories() {
        if (categories == null) {
            categories = catalog.categories().stream()
                    .filter(c -> catalog.libraries().stream().anyMatch(l -> l.category().equals(c.id()))).toList();
        }
        return categories;
    }

    private Optional<MaturityScore> score(Library l) {
        return maturity.computeIfAbsent(l.id(), id -> Maturity.of(l, weights));
    }

    /** Best first: by maturity score under the profile, unscored after, then by id. */
    private Comparator<Library> byScore() {
        return Comparator.comparing((Library l) -> score(l).map(s -> -s.key()).orElse(Long.MAX_VALUE)).thenComparing(Library::id);
    }

    /** The libraries of a category, best first; worked out once per category, as every library page asks. */
    private List<Library> ranked(String categoryId) {
        return rankedByCategory.computeIfAbsent(categoryId, id -> {
            List<Library> out = new ArrayList<>(catalog.libraries().stream().filter(l -> l.category().equals(id)).toList());
            out.sort(byScore());
            return List.copyOf(out);
        });
    }

    private String categoryLabel(String id) {
        return catalog.category(id).map(c -> in(c.label())).orElse(id);
    }

    private String scenarioLabel(String id) {
        return catalog.scenario(id).map(s -> in(s.label())).orElse(id);
    }

    private String sourceLabel(String id) {
        return catalog.source(id).map(s -> id + (s.date() == null ? "" : ", " + s.date())).orElse(id);
    }

    /** Whether the pages become an HTML site (their links end in {@code .html}). */
    public boolean html() {
        return ext.equals(".html");
    }
}
