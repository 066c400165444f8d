package advisor.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options of a decision record ({@code --format adr}): its status, who decides, its title. */
final class DecisionOptions {
    @Option(names = "--status", paramLabel = "STATUS", defaultValue = "proposed",
            description = "Status of the decision record with --format adr: proposed, accepted, rejected, deprecated, "
                    + "superseded by ... (default: ${DEFAULT-VALUE}).")
    String status;

    @Option(names = "--decision-maker", paramLabel = "NAME",
            description = "Who decides, for the decision record's front matter (repeatable).")
    List<String> decisionMakers = new ArrayList<>();

    @Option(names = "--title", paramLabel = "TITLE", description = "Title of the decision record (default: from the question).")
    String title;

    /** The status, checked: one line of text. */
    String status() {
        return oneLine("--status", status);
    }

    List<String> decisionMakers() {
        return decisionMakers.stream().map(d -> oneLine("--decision-maker", d)).toList();
    }

    /** The title given, or null for the default. */
    String title() {
        return title == null ? null : oneLine("--title", title);
    }

    private static String oneLine(String option, String value) {
        if (value.isBlank() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw AdvisorException.worded("option.invalid.oneLine", option, value.replaceAll("\\p{Cntrl}", "?"));
        }
        return value.strip();
    }
}
