package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.imports.LibraryDraft;
import advisor.imports.LibraryDraft.Refusal;
import advisor.imports.OverlayWriter;
import advisor.model.Catalog;
import advisor.model.Dimension;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code advisor add}: writes one library file into a catalog directory, from options (scripts) or, at
 * a terminal without {@code --id}, from prompts that complete names and check each answer as it is
 * typed. The file is validated with the catalog it joins and printed; a file that would not validate is
 * not kept, and an existing one is replaced only with {@code --force}.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
        description = {"Add one library file to a catalog directory: from options, or at a terminal by prompts "
                + "(completion, each answer checked).", "Validates the file with the catalog it joins and prints it; "
                + "never replaces an existing file without --force."})
final class AddCommand extends SessionCommand {
    private static final Pattern PAIR = Pattern.compile("([^=]+)=(.*)");
    private static final Pattern DATED = Pattern.compile("^(.*?)\\s*\\((\\d{4}(?:-\\d{2}){0,2})\\)\\s*$");


    /** The catalog directory to write into: the common option {@code --to}, which this command requires. */
    private Path to;

    @Option(names = "--id", description = "Library id (lower case, digits, hyphens); without it a terminal prompts.")
    String id;

    @Option(names = "--name", description = "Display name.")
    String name;

    @Option(names = "--alias", paramLabel = "NAME", description = "Another name (repeatable).")
    List<String> aliases = new ArrayList<>();

    @Option(names = "--category", description = "Category id or label.")
    String category;

    @Option(names = "--repository", description = "GitHub owner/name or a URL.")
    String repository;

    @Option(names = "--summary", description = "What it is for, one sentence (in the --lang language).")
    String summary;

    @Option(names = "--source", description = "Source id of every item (from sources.yaml).")
    String source;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "When the evaluation was made (default: today).")
    String date;

    @Option(names = "--fact", paramLabel = "KEY=VALUE", description = "A fact, e.g. version=0.3.0 or 'version=0.3.0 (2025-10)' (repeatable).")
    List<String> facts = new ArrayList<>();

    @Option(names = "--score", paramLabel = "DIM=N[:NOTE]", description = "A dimension score 0-5 with an optional note (repeatable; all seven or none).")
    List<String> scores = new ArrayList<>();

    @Option(names = "--composite", paramLabel = "N", description = "The composite score the evaluator reports (with --tier).")
    String composite;

    @Option(names = "--tier", description = "The tier the evaluator reports.")
    String tier;

    @Option(names = "--scenario", paramLabel = "S=STARS[:NOTE]", description = "A scenario rating, 1-5 stars (repeatable).")
    List<String> scenarios = new ArrayList<>();

    @Option(names = "--strength", paramLabel = "TEXT", description = "A strength (repeatable).")
    List<String> strengths = new ArrayList<>();

    @Option(names = "--limitation", paramLabel = "TEXT", description = "A limitation (repeatable).")
    List<String> limitations = new ArrayList<>();

    @Option(names = "--force", description = "Replace an existing library file.")
    boolean force;

    /** The terminal of the prompts: null for the system's (tests script one). */
    Terminal terminal;

    @Override
    int run(Session session) throws IOException {
        Messages m = session.messages();
        to = session.requiredTo("--to DIR is required: the catalog directory to write into");
        List<Path> overlays = new ArrayList<>(session.overlays());
        if (Files.isDirectory(to) && !overlays.contains(to)) {
            overlays.add(to);
        }
        Catalog catalog = catalog(session, overlays, m);
        LibraryDraft draft = new LibraryDraft(catalog, session.lang(), env.today().get());
        if (id == null && env.stdinIsTerminal() && env.stdoutIsTerminal()) {
            if (!prompt(draft, m)) {
                env.err().println(m.text("add.cancelled"));
                return ExitCodes.USAGE;
            }
        } else {
            fromOptions(draft, m);
        }
        draft.complete().ifPresent(r -> {
            throw AdvisorException.usage(text(m, r));
        });
        Path file = to.resolve("libraries").resolve(draft.id() + ".yaml");
        if (Files.exists(file) && !force) {
            throw AdvisorException.usage(m.text("add.exists", file));
        }
        String content = new String(OverlayWriter.library(draft.build(), "# " + m.text("add.header") + "\n"),
                java.nio.charset.StandardCharsets.UTF_8);
        byte[] before = Files.exists(file) ? Files.readAllBytes(file) : null;
        write(file, content);
        if (!overlays.contains(to)) {
            overlays.add(to);
        }
        CatalogLoader.Result result = CatalogLoader.load(overlays, !common.noBuiltin, env.today().get());
        List<Problem> mine = result.problems().stream()
                .filter(p -> p.file() != null && Path.of(p.file()).normalize().equals(file.normalize())).toList();
        long errors = mine.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        if (errors > 0) {
            if (before == null) {
                Files.delete(file);
            } else {
                write(file, new String(before, java.nio.charset.StandardCharsets.UTF_8));
            }
            StringBuilder sb = new StringBuilder(m.text("add.invalid", file));
            mine.forEach(p -> sb.append("\n  ").append(p.where()).append(": ").append(p.message()));
            throw new AdvisorException(ExitCodes.INVALID_CATALOG, sb.toString());
        }
        env.out().print(content);
        mine.forEach(p -> env.err().println(p.where() + ": " + m.pick("warning", "警告") + " [" + p.code() + "] " + p.message()));
        env.err().println(m.text("add.wrote", file, errors, mine.size() - errors));
        return ExitCodes.OK;
    }

    /** The catalog the new file joins (the --catalog overlays and the target directory); exit 3 when it is invalid. */
    private Catalog catalog(Session session, List<Path> overlays, Messages m) {
        CatalogLoader.Result result = env.catalogs().load(overlays, !common.noBuiltin, env.today().get());
        if (result.hasErrors()) {
            StringBuilder sb = new StringBuilder(m.text("add.catalogInvalid"));
            result.errors().stream().limit(20).forEach(p -> sb.append("\n  ").append(p.where()).append(": ").append(p.message()));
            throw new AdvisorException(ExitCodes.INVALID_CATALOG, sb.toString());
        }
        return result.catalog();
    }

    /** Applies the options; the first refused answer is a usage error naming the option. */
    private void fromOptions(LibraryDraft d, Messages m) {
        check(m, "--id", id == null ? Optional.empty() : d.id(id));
        check(m, "--name", name == null ? Optional.empty() : d.name(name));
        aliases.forEach(d::alias);
        check(m, "--category", category == null ? Optional.empty() : d.category(category));
        if (repository != null) {
            d.repository(repository);
        }
        check(m, "--summary", summary == null ? Optional.empty() : d.summary(summary));
        check(m, "--source", source == null ? Optional.empty() : d.source(source));
        check(m, "--date", date == null ? Optional.empty() : d.date(date));
        for (String f : facts) {
            Matcher p = PAIR.matcher(f);
            if (!p.matches()) {
                throw AdvisorException.usage(m.text("add.refused.pair", "--fact", f, "KEY=VALUE"));
            }
            check(m, "--fact", fact(d, p.group(1).strip(), p.group(2)));
        }
        for (String s : scores) {
            Matcher p = PAIR.matcher(s);
            if (!p.matches()) {
                throw AdvisorException.usage(m.text("add.refused.pair", "--score", s, "DIM=N[:NOTE]"));
            }
            String[] parts = p.group(2).split(":", 2);
            check(m, "--score", d.score(p.group(1), parts[0], parts.length > 1 ? parts[1] : null));
        }
        if (composite != null || tier != null) {
            check(m, "--composite", d.reported(composite == null ? "" : composite, tier == null ? "" : tier));
        }
        for (String s : scenarios) {
            Matcher p = PAIR.matcher(s);
            if (!p.matches()) {
                throw AdvisorException.usage(m.text("add.refused.pair", "--scenario", s, "S=STARS[:NOTE]"));
            }
            String[] parts = p.group(2).split(":", 2);
            check(m, "--scenario", d.scenario(p.group(1), parts[0], parts.length > 1 ? parts[1] : null));
        }
        strengths.forEach(d::strength);
        limitations.forEach(d::limitation);
    }

    /** A fact's value; a version may carry its date in parentheses: {@code 0.3.0 (2025-10)}. */
    private static Optional<Refusal> fact(LibraryDraft d, String key, String value) {
        Matcher dated = DATED.matcher(value);
        return dated.matches() ? d.fact(key, dated.group(1), dated.group(2)) : d.fact(key, value, null);
    }

    private void check(Messages m, String option, Optional<Refusal> refusal) {
        refusal.ifPresent(r -> {
            throw AdvisorException.usage(option + ": " + text(m, r));
        });
    }

    private static String text(Messages m, Refusal r) {
        return m.text(r.key(), r.args());
    }

    // ---- prompts ----

    /** Asks for every answer the options did not give; false when the user gave up (Ctrl-D, Ctrl-C). */
    private boolean prompt(LibraryDraft d, Messages m) throws IOException {
        Terminal t = terminal != null ? terminal : TerminalBuilder.builder().system(true).build();
        try {
            Asker ask = new Asker(t, m);
            ask.until(m.text("add.prompt.id"), List.of(), a -> {
                Optional<Refusal> r = d.id(a);
                if (r.isEmpty() && !force && Files.exists(to.resolve("libraries").resolve(a.strip() + ".yaml"))) {
                    return Optional.of(new Refusal("add.exists", to.resolve("libraries").resolve(a.strip() + ".yaml")));
                }
                return r;
            });
            ask.until(m.text("add.prompt.name"), List.of(), d::name);
            ask.optional(m.text("add.prompt.aliases"), List.of()).ifPresent(a -> {
                for (String alias : a.split(",")) {
                    d.alias(alias);
                }
            });
            ask.until(m.text("add.prompt.category"), d.categoryIds(), d::category);
            ask.optional(m.text("add.prompt.repository"), List.of()).ifPresent(d::repository);
            ask.until(m.text("add.prompt.summary"), List.of(), d::summary);
            ask.until(m.text("add.prompt.source"), d.sourceIds(), d::source);
            String today = env.today().get().toString();
            ask.until(m.text("add.prompt.date", today), List.of(), a -> d.date(a.isBlank() ? today : a));
            String[][] facts = {{"version", "fact.version"}, {"first-release", "fact.first-release"},
                {"stars", "fact.stars"}, {"production-use", "fact.production-use"}};
            for (String[] key : facts) {
                ask.untilOptional(m.text("add.prompt.fact", m.text(key[1])), List.of(), a -> fact(d, key[0], a));
            }
            boolean scored = true;
            boolean first = true;
            for (Dimension dim : d.unscored()) {
                String label = dim.label().in(m.lang());
                Optional<String> score = ask.untilOptional(m.text("add.prompt.score", label), List.of(),
                        d::checkScore);
                if (score.isEmpty()) {
                    if (first) {
                        scored = false;
                        break; // no score at all: the library is not scored
                    }
                    ask.say(m.text("add.refused.dimensions", dim.id()));
                    score = Optional.of(ask.until(m.text("add.prompt.score", label), List.of(), d::checkScore));
                }
                String note = ask.optional(m.text("add.prompt.note", label), List.of()).orElse("");
                d.score(dim.id(), score.get(), note);
                first = false;
            }
            if (scored) {
                Optional<String> composite = ask.untilOptional(m.text("add.prompt.composite"), List.of(), d::checkScore);
                if (composite.isPresent()) {
                    ask.until(m.text("add.prompt.tier"), d.tierIds(), a -> d.reported(composite.get(), a));
                }
            }
            while (true) {
                Optional<String> scenario = ask.untilOptional(m.text("add.prompt.scenario"), d.scenarioIds(),
                        d::checkScenario);
                if (scenario.isEmpty()) {
                    break;
                }
                String stars = ask.until(m.text("add.prompt.stars"), List.of(), d::checkStars);
                String note = ask.optional(m.text("add.prompt.note", scenario.get()), List.of()).orElse("");
                d.scenario(scenario.get(), stars, note);
            }
            for (Optional<String> s; (s = ask.optional(m.text("add.prompt.strength"), List.of())).isPresent(); ) {
                d.strength(s.get());
            }
            for (Optional<String> s; (s = ask.optional(m.text("add.prompt.limitation"), List.of())).isPresent(); ) {
                d.limitation(s.get());
            }
            return true;
        } catch (EndOfFileException | UserInterruptException e) {
            return false;
        } finally {
            if (terminal == null) {
                t.close();
            }
        }
    }

    /** Reads answers at the terminal, with completion, asking again until an answer is accepted. */
    private static final class Asker {
        private final Terminal terminal;
        private final Messages m;

        Asker(Terminal terminal, Messages m) {
            this.terminal = terminal;
            this.m = m;
        }

        private String read(String prompt, List<String> completions) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal)
                    .completer(new StringsCompleter(completions)).build();
            return reader.readLine(prompt + ": ");
        }

        void say(String text) {
            terminal.writer().println(text);
            terminal.flush();
        }

        /** A required answer. */
        String until(String prompt, List<String> completions, Function<String, Optional<Refusal>> check) {
            while (true) {
                String a = read(prompt, completions);
                Optional<Refusal> r = a.isBlank() ? Optional.of(new Refusal("add.refused.empty")) : check.apply(a);
                if (r.isEmpty()) {
                    return a.strip();
                }
                say(m.text(r.get().key(), r.get().args()));
            }
        }

        /** An answer that may be left blank; a given one is checked. */
        Optional<String> untilOptional(String prompt, List<String> completions,
                                       Function<String, Optional<Refusal>> check) {
            while (true) {
                String a = read(prompt, completions);
                if (a.isBlank()) {
                    return Optional.empty();
                }
                Optional<Refusal> r = check.apply(a);
                if (r.isEmpty()) {
                    return Optional.of(a.strip());
                }
                say(m.text(r.get().key(), r.get().args()));
            }
        }

        Optional<String> optional(String prompt, List<String> completions) {
            String a = read(prompt, completions);
            return a.isBlank() ? Optional.empty() : Optional.of(a.strip());
        }
    }

    /** Writes the library file whole or not at all (beside it first, then moved in), creating its folder. */
    private static void write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        OutputFiles.write(file, content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
