package advisor.cli;

import advisor.model.Catalog;
import advisor.model.Scenario;
import advisor.model.Stack;
import advisor.publish.SiteBuilder;
import advisor.render.MarkdownRenderer;
import advisor.render.Messages;
import advisor.report.CatalogDiff;
import advisor.report.LibraryList;
import advisor.report.TechRadar;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The chapters {@code advisor publish} adds to the section when there is something to show: the stacks (what
 * {@code advisor stacks} and {@code advisor stack show ID} answer, with the Mermaid graph), the radar picture
 * (what {@code advisor radar} draws), and with {@code --since DIR} what changed since that earlier catalog
 * (what {@code advisor diff DIR NEW} answers).
 */
final class PublishChapters {
    private PublishChapters() {
    }

    /** The chapters of one run; {@code since} is the earlier catalog directory, or null. */
    static List<SiteBuilder.Chapter> of(Env env, Session session, Path since) {
        Catalog previous = since == null ? null : previous(env, session, since);
        return previous == null ? List.of(PublishChapters::stacks, PublishChapters::radar)
                : List.of(PublishChapters::stacks, PublishChapters::radar, (site, pages) -> changes(site, pages, previous, since));
    }

    /** The catalogs of this run with {@code since} laid over them, as {@code advisor diff} reads its OLD. */
    private static Catalog previous(Env env, Session session, Path since) {
        if (!java.nio.file.Files.isDirectory(since)) {
            throw AdvisorException.usage(session.messages().text("publish.since.invalid", since));
        }
        return DiffCommand.load(env, session, since, since.toString());
    }

    // ---- stacks ----

    private static String stacks(SiteBuilder site, SortedMap<String, String> pages) {
        Catalog catalog = site.catalog;
        if (catalog.stacks().isEmpty()) {
            return "";
        }
        Messages m = site.messages;
        StackView view = new StackView(new Views(catalog, site.lang));
        String index = site.stacksPath();
        StringBuilder list = new StringBuilder(site.header(index, m.text("publish.stacks")));
        list.append(m.text("publish.stacks.intro", catalog.stacks().size())).append("\n\n| ").append(m.text("publish.col.stack"))
                .append(" | ").append(m.text("publish.scenarios")).append(" | ").append(m.text("publish.col.layers"))
                .append(" | ").append(m.text("publish.col.summary")).append(" |\n| --- | --- | ---: | --- |\n");
        for (Stack s : catalog.stacks()) {
            list.append("| ").append(SiteBuilder.link(index, site.stackPath(s.id()), s.label().in(site.lang))).append(" | ")
                    .append(String.join(" · ", scenarioLinks(site, index, s))).append(" | ").append(s.layers().size())
                    .append(" | ").append(SiteBuilder.md(s.summary() == null ? "" : s.summary().in(site.lang))).append(" |\n");
            pages.put(site.stackPath(s.id()), stackPage(site, view, s));
        }
        pages.put(index, list.toString());
        return "## " + m.text("publish.stacks") + "\n\n" + SiteBuilder.link(site.indexPath(), index,
                m.text("publish.stacks.link", catalog.stacks().size())) + "\n";
    }

    private static String stackPage(SiteBuilder site, StackView view, Stack s) {
        Messages m = site.messages;
        String path = site.stackPath(s.id());
        StringBuilder sb = new StringBuilder(site.header(path, s.label().in(site.lang)));
        sb.append(SiteBuilder.link(path, site.stacksPath(), m.text("publish.stacks"))).append("\n\n");
        sb.append(withoutTitle(MarkdownRenderer.page(advisor.report.StackReport.of(site.catalog, s, site.lang).doc(m)))).append('\n');
        sb.append("## ").append(m.text("publish.stack.graph")).append("\n\n```mermaid\n").append(advisor.render.DisplayWidth.reveal(view.stackMermaid(s))).append("```\n\n");
        List<String> served = scenarioLinks(site, path, s);
        if (!served.isEmpty()) {
            sb.append("## ").append(m.text("publish.scenariosServed")).append("\n\n");
            served.forEach(link -> sb.append("- ").append(link).append('\n'));
            sb.append('\n');
        }
        return sb.toString().stripTrailing() + "\n";
    }

    /** Links from {@code from} to the pages of the scenarios a stack serves (those the catalog knows). */
    private static List<String> scenarioLinks(SiteBuilder site, String from, Stack s) {
        return s.scenarios().stream().map(site.catalog::scenario).flatMap(Optional::stream)
                .map((Scenario sc) -> SiteBuilder.link(from, site.scenarioPath(sc.id()), sc.label().in(site.lang))).toList();
    }

    // ---- the radar picture ----

    private static String radar(SiteBuilder site, SortedMap<String, String> pages) {
        Catalog catalog = site.catalog;
        if (catalog.libraries().isEmpty()) {
            return "";
        }
        Messages m = site.messages;
        TechRadar radar = TechRadar.of(catalog, site.lang, site.profile, new LibraryList.Filter(null, null, null, null, false, null));
        String path = site.radarPath();
        String title = m.text("radar.title", site.profile.id());
        StringBuilder sb = new StringBuilder(site.header(path, title));
        String svg = radar.svg(m);
        if (site.html()) {
            // inline, as 'advisor radar --format html' shows it: the site stays self-contained
            String inline = svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
            sb.append("<figure>\n").append(inline.replaceAll("\n\\s*\n", "\n").strip()).append("\n</figure>\n\n");
        } else {
            String picture = "radar.svg";
            pages.put(picture, svg);
            sb.append("![").append(SiteBuilder.md(title)).append("](").append(picture).append(")\n\n");
        }
        sb.append(withoutTitle(MarkdownRenderer.page(radar.doc(m))));
        pages.put(path, sb.toString().stripTrailing() + "\n");
        return "## " + m.text("publish.radar") + "\n\n" + SiteBuilder.link(site.indexPath(), path, title) + "\n";
    }

    // ---- changes since an earlier catalog ----

    private static String changes(SiteBuilder site, SortedMap<String, String> pages, Catalog previous, Path since) {
        Messages m = site.messages;
        CatalogDiff diff = CatalogDiff.of(previous, site.catalog, since.toString(), m.text("publish.changes.current"), site.lang);
        String path = site.changesPath();
        StringBuilder sb = new StringBuilder(site.header(path, m.text("publish.changes", since.toString())));
        sb.append(withoutTitle(MarkdownRenderer.page(diff.doc(m))));
        pages.put(path, sb.toString().stripTrailing() + "\n");
        Map<String, Integer> counts = diff.counts();
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return "## " + m.text("publish.changes", SiteBuilder.md(since.toString())) + "\n\n"
                + SiteBuilder.link(site.indexPath(), path, m.text("publish.changes.link", total)) + "\n";
    }

    /** A Markdown page without its first-level title: the published page has its own. */
    private static String withoutTitle(String page) {
        return page.startsWith("# ") ? page.substring(page.indexOf('\n') + 1).stripLeading() : page;
    }
}
