package advisor.cli;

/** A failure with a message for the user and the exit code it maps to (see {@link ExitCode}). */
public class AdvisorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ExitCode exitCode;

    public AdvisorException(ExitCode exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process's exit status for this failure. */
    public int exitCode() {
        return exitCode.code();
    }

    /** A named library, scenario, category, profile... that does not exist (exit 4). */
    public static AdvisorException notFound(String message) {
        return new AdvisorException(ExitCode.NOT_FOUND, message);
    }

    /** A bad option value (exit 2). */
    public static AdvisorException usage(String message) {
        return new AdvisorException(ExitCode.USAGE, message);
    }
}
