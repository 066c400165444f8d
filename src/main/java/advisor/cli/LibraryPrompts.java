package advisor.cli;

import advisor.imports.LibraryDraft;
import advisor.imports.LibraryDraft.Refusal;
import advisor.model.Dimension;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** The prompts of {@code advisor add} at a terminal: each answer completed where it can be, and checked as typed. */
final class LibraryPrompts {
    private LibraryPrompts() {
    }

    /**
     * Asks for every answer, at {@code terminal} (null: the system's); false when the user gave up (Ctrl-D,
     * Ctrl-C). {@code to} is the catalog directory: an id whose file exists there is refused unless {@code force}.
     */
    static boolean fill(Terminal terminal, LibraryDraft d, Messages m, Path to, boolean force, LocalDate day)
            throws IOException {
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
            String today = day.toString();
            ask.until(m.text("add.prompt.date", today), List.of(), a -> d.date(a.isBlank() ? today : a));
            String[][] facts = {{"version", "fact.version"}, {"first-release", "fact.first-release"},
                {"stars", "fact.stars"}, {"production-use", "fact.production-use"}};
            for (String[] key : facts) {
                ask.untilOptional(m.text("add.prompt.fact", m.text(key[1])), List.of(), a -> LibraryOptions.fact(d, key[0], a));
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
    private record Asker(Terminal terminal, Messages m) {
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
}
