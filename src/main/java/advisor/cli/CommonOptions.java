package advisor.cli;

import advisor.model.Lang;
import advisor.render.Format;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * Options every command shares: which catalog, which format and language, which day, colour, debugging.
 * They are declared once, on the root command, and inherited by every subcommand (picocli's
 * {@link ScopeType#INHERIT}): {@code advisor --catalog team list} and {@code advisor list --catalog team}
 * set the same field of the one instance, which {@link Main} hands to each command.
 */
public final class CommonOptions {
    @Option(names = "--catalog", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Lay a catalog directory over the built-in one (repeatable; later wins). "
                    + "Default: the path list in ADVISOR_CATALOG.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--no-builtin-catalog", scope = ScopeType.INHERIT, description = "Leave the built-in catalog out.")
    boolean noBuiltin;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "table", scope = ScopeType.INHERIT,
            converter = Args.FormatConverter.class,
            description = "Output format: table, json, yaml, csv, tsv or markdown (default: ${DEFAULT-VALUE}); "
                    + "adr, svg, html and mermaid where a command says so.")
    Format format = Format.TABLE;

    @Option(names = "--to", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "Write the output to FILE, whole or not at all; a file that holds the same already is left untouched.")
    Path to;

    @Option(names = "--fields", paramLabel = "F1,F2", split = ",", scope = ScopeType.INHERIT,
            description = "Only these fields (columns), in this order; an unknown field lists the valid ones.")
    List<String> fields;

    @Option(names = "--lang", paramLabel = "LANG", scope = ScopeType.INHERIT, converter = Args.LangConverter.class,
            description = "Language of labels, notes and messages: en or zh (default: from LC_ALL / LANG, else en).")
    Lang lang;

    @Option(names = "--as-of", paramLabel = "DATE", scope = ScopeType.INHERIT, converter = Args.DateConverter.class,
            description = "The day every date-dependent answer is computed for, such as overdue reviews (YYYY-MM-DD; default: today).")
    LocalDate asOf;

    @Option(names = "--no-color", scope = ScopeType.INHERIT, description = "No colour or bold, even on a terminal.")
    boolean noColor;

    @Option(names = "--stacktrace", scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error (for debugging).")
    boolean stacktrace;

    /**
     * A repeatable option given both before and after the command ({@code --catalog a list --catalog b})
     * adds up, in the order typed, as when both are typed after it: picocli starts a new list for the
     * command's inherited copy of the option, which would keep only the later ones.
     */
    static void addUp(ParseResult root) {
        if (root.subcommand() == null) {
            return;
        }
        for (OptionSpec o : root.matchedOptions()) {
            OptionSpec after = root.subcommand().matchedOption(o.longestName());
            if (o.typeInfo().isMultiValue() && after != null) {
                List<Object> all = new ArrayList<>();
                for (Object v : o.typedValues()) {
                    all.addAll(v instanceof java.util.Collection<?> c ? c : List.of(v));
                }
                for (Object v : after.typedValues()) {
                    all.addAll(v instanceof java.util.Collection<?> c ? c : List.of(v));
                }
                o.setValue(all);
            }
        }
    }
}
