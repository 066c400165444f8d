package advisor.cli;

import advisor.model.Lang;
import advisor.model.Profile;
import advisor.publish.HtmlSite;
import advisor.publish.SiteBuilder;
import advisor.render.Format;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code advisor publish --to DIR}: the team's wiki section, every page rendered in memory first and only
 * then written, each changed page atomically, unchanged pages left alone (see {@link OutputFiles}).
 */
@Command(name = "publish", mixinStandardHelpOptions = true,
        description = {"Write the wiki section: linked Markdown (or HTML) pages for every scenario, library, category and trend.",
            "When the catalog has them, also the stacks and the radar picture; with --since DIR, what changed since that"
                    + " earlier catalog.",
            "The pages go to the directory given by --to (-o html makes a self-contained static site). Every page is"
                    + " rendered before any is written; a changed page replaces the old one in one step, an unchanged"
                    + " page keeps its bytes and modification time."})
final class PublishCommand extends SessionCommand {
    @Mixin
    ProfileOption profile;

    @Option(names = "--since", paramLabel = "DIR",
            description = "An earlier catalog directory: adds a page of what changed since it (as 'advisor diff DIR' shows).")
    Path since;

    @Override
    int run(Session session) {
        Lang lang = session.lang();
        Format format = session.format();
        if (format != Format.TABLE && format != Format.MARKDOWN && format != Format.HTML) {
            throw AdvisorException.usage(session.messages().text("publish.format.invalid", format.id()));
        }
        Path to = session.requiredTo("publish.to.missing");
        if (common.fields != null) {
            throw AdvisorException.usage(session.messages().text("publish.fields.invalid"));
        }
        Views v = session.views();
        Profile p = profile.resolve(v);
        boolean html = format == Format.HTML;
        SiteBuilder site = new SiteBuilder(v.catalog(), lang, p, env.today().get(), html ? ".html" : ".md",
                new CommandBodies(env, session, lang, p), PublishChapters.of(env, session, since));
        Written w = publish(to, site, html ? pages -> HtmlSite.of(pages, lang) : pages -> pages);
        env.out().println(session.messages().text(w.changed().size() == w.pages() ? "publish.written" : "publish.written.someUnchanged",
                w.changed().size(), w.pages(), to));
        env.out().flush();
        return ExitCode.OK.code();
    }

    /** What a run wrote: how many pages the set has, and the names of those that changed. */
    record Written(int pages, List<String> changed) {
    }

    /**
     * Renders every page, then writes those that changed. Nothing is written until
     * the whole set is rendered, so a failure while rendering leaves the directory exactly as it was.
     */
    static Written publish(Path dir, SiteBuilder site, java.util.function.UnaryOperator<SortedMap<String, String>> finish) {
        SortedMap<String, String> rendered = finish.apply(site.build());
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw OutputFiles.failure(dir, new OutputFiles.Refused("notDirectory"));
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw OutputFiles.failure(dir, e);
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        rendered.forEach((path, text) -> bytes.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new Written(rendered.size(), OutputFiles.writeAll(dir, bytes));
    }
}
