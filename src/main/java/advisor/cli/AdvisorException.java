package advisor.cli;

import advisor.render.Messages;

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

    /** The message in the words of {@code m}: the same for every language but where the words come from the bundles. */
    public String message(Messages m) {
        return getMessage();
    }

    /** A named library, scenario, category, profile... that does not exist (exit 4). */
    public static AdvisorException notFound(String message) {
        return new AdvisorException(ExitCode.NOT_FOUND, message);
    }

    /** A bad option value (exit 2). */
    public static AdvisorException usage(String message) {
        return new AdvisorException(ExitCode.USAGE, message);
    }

    /**
     * A bad option value, in the words of the bundles' {@code key}: thrown while the line is parsed, before the
     * language of the run is known for sure, so it is said in English until {@link #message} is asked.
     */
    static AdvisorException usage(String key, Object... args) {
        return new Worded(key, args);
    }

    private static final class Worded extends AdvisorException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        Worded(String key, Object[] args) {
            super(ExitCode.USAGE, Messages.of(advisor.model.Lang.EN).text(key, args));
            this.key = key;
            this.args = args;
        }

        @Override
        public String message(Messages m) {
            return m.text(key, args);
        }
    }
}
