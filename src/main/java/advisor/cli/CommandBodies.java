package advisor.cli;

import advisor.model.Category;
import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Profile;
import advisor.model.Scenario;
import advisor.publish.Bodies;
import advisor.render.Messages;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Page bodies as the commands answer them in Markdown ({@code recommend}, {@code show}, {@code compare}),
 * run in this process over the same catalog: a published page says what the command says.
 */
final class CommandBodies implements Bodies {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Main main;
    private final List<String> common = new ArrayList<>();
    /** The language the pages are in, and so a failure to render one. */
    private final Lang lang;

    CommandBodies(Env env, Session session, Lang lang, Profile profile) {
        this.lang = lang;
        this.main = new Main(env.withOut(new PrintWriter(out), false).withErr(new PrintWriter(err)));
        common.addAll(List.of("-o", "markdown", "--lang", lang.code()));
        if (session.noBuiltin()) {
            common.add("--no-builtin-catalog");
        }
        for (Path dir : session.overlays()) {
            common.add("--catalog");
            common.add(dir.toString());
        }
        common.addAll(List.of("--profile", profile.id()));
    }

    @Override
    public String scenario(Scenario scenario) {
        return run("recommend", "--scenario", scenario.id(), "--explain");
    }

    @Override
    public String library(Library library) {
        return run("show", library.id());
    }

    @Override
    public String leaders(Category category, List<Library> leaders) {
        List<String> args = new ArrayList<>(List.of("compare"));
        leaders.forEach(l -> args.add(l.id()));
        return run(args.toArray(String[]::new));
    }

    private String run(String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(common);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code = main.run(args.toArray(String[]::new));
        if (code != ExitCode.OK.code()) {
            String message = err.toString().strip().replaceFirst("^advisor: ", "");
            throw new AdvisorException(ExitCode.of(code), Messages.of(lang).text("publish.render.failed", String.join(" ", command), message));
        }
        return demoted(out.toString());
    }

    /**
     * A command's page as the body of a published page: every heading one level down (code blocks left
     * alone), so that the published page keeps its own title as its one top-level heading.
     */
    static String demoted(String markdown) {
        StringBuilder sb = new StringBuilder(markdown.length() + 16);
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                int level = 0;
                while (level < line.length() && line.charAt(level) == '#') {
                    level++;
                }
                if (level < 6 && level < line.length() && line.charAt(level) == ' ') {
                    sb.append('#');
                }
            }
            sb.append(line).append('\n');
        }
        sb.setLength(sb.length() - 1);
        return sb.toString();
    }
}
