package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.catalog.Suggestions;
import advisor.render.Answer;
import advisor.render.AnswerWriter;
import advisor.render.Format;
import advisor.render.DataRenderer;
import advisor.render.Messages;
import advisor.render.TextRenderer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One command's view of its environment and options: the catalog, language, format, width and colour. */
final class Session {
    private static final int MAX_ERRORS_SHOWN = 20;

    private final Env env;
    private final CommonOptions options;

    Session(Env env, CommonOptions options) {
        this.env = env;
        this.options = options;
    }

    Env env() {
        return env;
    }

    Lang lang() {
        return lang(env, options);
    }

    /** The language of {@code options} ({@code --lang}), else the environment's; null options: the environment's. */
    static Lang lang(Env env, CommonOptions options) {
        return options != null && options.lang != null ? options.lang : Lang.ofEnvironment(env::var);
    }

    /** The user-facing words in the chosen language. */
    Messages messages() {
        return Messages.of(lang());
    }

    Format format() {
        return options.format;
    }

    /** The overlay directories: --catalog options, else the ADVISOR_CATALOG path list. */
    List<Path> overlays() {
        if (!options.catalogs.isEmpty()) {
            for (Path dir : options.catalogs) {
                // Path.of("") is the working directory: an empty value (an unset shell variable) would read it silently
                if (dir.toString().isBlank()) {
                    throw AdvisorException.usage(messages().text("catalog.emptyDirectory"));
                }
            }
            return options.catalogs;
        }
        String list = env.var("ADVISOR_CATALOG");
        List<Path> out = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part));
                }
            }
        }
        return out;
    }

    /** Whether the built-in catalog is left out (--no-builtin-catalog). */
    boolean noBuiltin() {
        return options.noBuiltin;
    }

    CatalogLoader.Result load() {
        Timing.mark(Timing.CATALOG);
        CatalogLoader.Result loaded = env.catalogs().load(overlays(), !options.noBuiltin, env.today().get());
        Timing.mark(Timing.CATALOG_DONE);
        return loaded;
    }

    /** The catalog, or exit 3 with its errors when it is invalid. */
    Catalog catalog() {
        CatalogLoader.Result result = load();
        if (result.hasErrors()) {
            List<Problem> errors = result.errors();
            Messages m = messages();
            StringBuilder sb = new StringBuilder(m.text(errors.size() == 1 ? "catalog.invalid.one" : "catalog.invalid.many",
                    errors.size()));
            for (Problem p : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_SHOWN))) {
                sb.append('\n').append("  ").append(p.where()).append(": ").append(p.message());
            }
            if (errors.size() > MAX_ERRORS_SHOWN) {
                sb.append('\n').append(m.text("catalog.invalid.more", errors.size() - MAX_ERRORS_SHOWN));
            }
            String validate = validateCommand();
            sb.append('\n').append(m.text("catalog.invalid.report", validate));
            throw new AdvisorException(ExitCode.INVALID_CATALOG, sb.toString());
        }
        return result.catalog();
    }

    /** The catalog (exit 3 when invalid) and the names in it, as a command finds them, in the chosen language. */
    Views views() {
        return new Views(catalog(), lang());
    }

    /** The validate command that reports on the same catalogs as this run: the same --catalog options, shell-quoted. */
    private String validateCommand() {
        StringBuilder sb = new StringBuilder("advisor validate");
        if (options.noBuiltin) {
            sb.append(" --no-builtin-catalog");
        }
        for (Path dir : options.catalogs) {
            sb.append(" --catalog ").append(shellQuote(dir.toString()));
        }
        return sb.toString();
    }

    /** {@code s} as one shell word: as it is when it holds no special character, else in single quotes. */
    static String shellQuote(String s) {
        if (!s.isEmpty() && s.matches("[A-Za-z0-9_./:=@%+,-]+")) {
            return s;
        }
        return "'" + s.replace("'", "'\\''") + "'";
    }

    int width() {
        String columns = env.var("COLUMNS");
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.trim());
                if (w >= 20 && w <= 1000) {
                    return w;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        if (env.stdoutIsTerminal() && options.to == null) {
            int w = terminalWidth();
            if (w >= 20) {
                return w;
            }
        }
        return 80;
    }

    /** Asks the terminal for its width through stty; 0 when that fails (no terminal, no stty). */
    private static int terminalWidth() {
        try {
            Process p = new ProcessBuilder("sh", "-c", "stty size < /dev/tty").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).trim();
            if (p.waitFor() == 0 && out.matches("\\d+ \\d+")) {
                return Integer.parseInt(out.substring(out.indexOf(' ') + 1));
            }
        } catch (java.io.IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    boolean color() {
        String force = env.var("CLICOLOR_FORCE");
        if (options.noColor || env.var("NO_COLOR") != null || options.to != null) {
            return false;
        }
        if (force != null && !force.equals("0")) {
            return true;
        }
        return env.stdoutIsTerminal();
    }

    /** A format only some commands offer (adr, svg, html) asked of one that does not: exit 2, naming who offers it. */
    private void offeredEverywhere(Format format) {
        if (!format.everywhere()) {
            Messages m = messages();
            throw AdvisorException.usage(m.text("format.notHere", format.id(), String.join(", ",
                    java.util.Arrays.stream(Format.values()).filter(Format::everywhere).map(Format::id).toList()),
                    m.text("format.offeredBy." + format.id())));
        }
    }

    /** The date of every date-dependent output (the common --as-of, else today): a decision record's date. */
    java.time.LocalDate asOf() {
        return env.today().get();
    }

    /**
     * Prints a whole document that the command rendered for a format of its own ({@code adr}, {@code svg},
     * {@code html}); {@code --fields} does not apply to those. {@code --to FILE} takes it as it takes any answer.
     */
    void printDocument(String text) {
        if (options.fields != null) {
            throw AdvisorException.usage(messages().text("fields.notHere", format().id()));
        }
        emit(text);
    }

    /** Whether a JSON answer goes out on one line: on stdout in a batch (JSON Lines); a file gets what the command alone writes. */
    private boolean jsonLines() {
        return env.batch() && options.to == null;
    }

    /**
     * Prints an answer in the chosen format to stdout; {@code --fields} picks from its listed records (an unknown
     * field exits 2 listing the valid ones) and narrows them in every format, keeping the rest of its shape.
     */
    void print(Answer answer) {
        Timing.mark(Timing.OUTPUT);
        Format format = format();
        offeredEverywhere(format);
        List<String> chosen = null;
        if (options.fields != null) {
            // only here: naming the fields builds the listed records' declaration, which a page may not need
            List<String> valid = answer.listed().fields().names();
            chosen = options.fields.stream().map(String::trim).filter(f -> !f.isEmpty()).toList();
            for (String f : chosen) {
                if (!valid.contains(f)) {
                    Messages m = messages();
                    throw AdvisorException.usage(m.text("fields.unknown", f, Views.didYouMean(m, Suggestions.closest(f, valid)),
                            String.join(", ", valid)));
                }
            }
            if (chosen.isEmpty()) {
                throw AdvisorException.usage(messages().text("fields.none", String.join(", ", valid)));
            }
        }
        emit(format == Format.JSON && jsonLines() ? DataRenderer.jsonLine(AnswerWriter.data(answer, chosen))
                : AnswerWriter.write(answer, format, messages(), chosen, new TextRenderer(width(), color())));
    }

    /**
     * Where a command that writes files writes them: the common {@code --to}, which such a command requires;
     * missing or blank, a usage error that says why it is needed (the bundles' {@code whyKey}).
     */
    java.nio.file.Path requiredTo(String whyKey) {
        if (options.to == null || options.to.toString().isBlank()) {
            throw AdvisorException.usage(messages().text(whyKey));
        }
        return options.to;
    }

    /** Sends a rendered answer to stdout, or with {@code --to FILE} to that file, whole or not at all. */
    void emit(String text) {
        if (options.to != null) {
            if (options.to.toString().isBlank()) {
                throw AdvisorException.usage(messages().text("output.to.empty"));
            }
            OutputFiles.write(options.to, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Timing.mark(Timing.OUTPUT_DONE);
            return;
        }
        env.out().print(text);
        env.out().flush();
        Timing.mark(Timing.OUTPUT_DONE);
    }
}
