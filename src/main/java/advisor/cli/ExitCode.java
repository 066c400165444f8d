package advisor.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * An exit code of the public contract: its status, a few words for the help and all it means for the manual.
 * Each is described here once: the root command's help lists them in brief ({@link #summary()}), the manual
 * page in full ({@link #meanings()}).
 */
public record ExitCode(int code, String brief, String meaning) {
    public static final ExitCode OK = new ExitCode(0, "success", "success (a query with no matches is still a success)");
    public static final ExitCode INTERNAL = new ExitCode(1, "internal error", "internal error (a bug; --stacktrace shows where)");
    /** The output could not be written (disk full, closed stdout): shares 1 with internal errors. */
    public static final ExitCode OUTPUT_FAILED = new ExitCode(1, "output not written", "the output could not be written"
            + " (disk full, closed output; a reader that went away, as with | head, ends the run quietly with 0)");
    public static final ExitCode USAGE = new ExitCode(2, "usage error", "usage error: unknown command or option, bad value");
    public static final ExitCode INVALID_CATALOG = new ExitCode(3, "invalid catalog",
            "the catalog is invalid (or has warnings, with validate --strict)");
    public static final ExitCode NOT_FOUND = new ExitCode(4, "unknown name",
            "a named library, scenario, category, profile, tier or trend does not exist");

    /** Every exit code, by status; those that share a status stand together. */
    static final List<ExitCode> ALL = List.of(OK, INTERNAL, OUTPUT_FAILED, USAGE, INVALID_CATALOG, NOT_FOUND);

    /** The exit code of a status another run returned (for 1, {@link #INTERNAL}: the status is what counts). */
    static ExitCode of(int status) {
        for (ExitCode c : ALL) {
            if (c.code == status) {
                return c;
            }
        }
        throw new IllegalArgumentException("no exit code " + status);
    }

    /** One line for the help: {@code Exit codes: 0 success, 1 internal error or output not written, ...}. */
    static String summary() {
        StringBuilder s = new StringBuilder("Exit codes:");
        ExitCode previous = null;
        for (ExitCode c : ALL) {
            boolean shared = previous != null && previous.code == c.code;
            s.append(shared ? " or " : (previous == null ? " " : ", ") + c.code + " ").append(c.brief);
            previous = c;
        }
        return s.append('.').toString();
    }

    /** Each status with everything it means, in order: {@code {"1", "internal error (...), or the output ..."}}. */
    static List<String[]> meanings() {
        List<String[]> all = new ArrayList<>();
        for (ExitCode c : ALL) {
            String[] last = all.isEmpty() ? null : all.get(all.size() - 1);
            if (last != null && last[0].equals(String.valueOf(c.code))) {
                last[1] += ", or " + c.meaning;
            } else {
                all.add(new String[] {String.valueOf(c.code), c.meaning});
            }
        }
        return all;
    }
}
