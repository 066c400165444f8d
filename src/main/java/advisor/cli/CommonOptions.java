package advisor.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options every data command shares: which catalog, which format and language, colour, debugging. */
public final class CommonOptions {
    @Option(names = "--catalog", paramLabel = "DIR",
            description = "Lay a catalog directory over the built-in one (repeatable; later wins). "
                    + "Default: the path list in ADVISOR_CATALOG.")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--no-builtin-catalog", description = "Leave the built-in catalog out.")
    boolean noBuiltin;

    @Option(names = {"-o", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "Output format: table, json, yaml, csv, tsv or markdown (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--to", paramLabel = "FILE",
            description = "Write the output to FILE, whole or not at all; a file that holds the same already is left untouched.")
    Path to;

    @Option(names = "--fields", paramLabel = "F1,F2", split = ",",
            description = "Only these fields (columns), in this order; an unknown field lists the valid ones.")
    List<String> fields;

    @Option(names = "--lang", paramLabel = "LANG",
            description = "Language of labels, notes and messages: en or zh (default: from LC_ALL / LANG, else en).")
    String lang;

    @Option(names = "--no-color", description = "No colour or bold, even on a terminal.")
    boolean noColor;

    @Option(names = "--stacktrace", description = "Print the stack trace of an internal error (for debugging).")
    boolean stacktrace;
}
