package advisor.cli;

/** A failure with a message for the user and the exit code it maps to (see {@link ExitCodes}). */
public class AdvisorException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int exitCode;

    public AdvisorException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }

    /** A named library, scenario, category, profile... that does not exist (exit 4). */
    public static AdvisorException notFound(String message) {
        return new AdvisorException(ExitCodes.NOT_FOUND, message);
    }

    /** A bad option value (exit 2). */
    public static AdvisorException usage(String message) {
        return new AdvisorException(ExitCodes.USAGE, message);
    }
}
