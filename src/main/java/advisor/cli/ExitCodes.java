package advisor.cli;

/** The exit codes of the public contract, in one place. */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int INTERNAL = 1;
    /** The output could not be written (disk full, closed stdout): shares 1 with internal errors. */
    public static final int OUTPUT_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INVALID_CATALOG = 3;
    public static final int NOT_FOUND = 4;

    private ExitCodes() {
    }
}
