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
     * A bad option value, in the words of the bundles' {@code key}: thrown where the language of the run is not at
     * hand (while the line is parsed, or by a part that has no {@link Session}), so it is said in English until
     * {@link #message} is asked; {@link Main} asks it in the run's language. An argument may be {@link Said}.
     */
    static AdvisorException worded(String key, Object... args) {
        return new Worded(key, args);
    }

    /** A part of a worded message that is itself words of the bundles (a "did you mean" hint), said with it. */
    @FunctionalInterface
    interface Said {
        String in(Messages m);
    }

    private static final class Worded extends AdvisorException {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final transient Object[] args;

        Worded(String key, Object[] args) {
            super(ExitCode.USAGE, text(Messages.of(advisor.model.Lang.EN), key, args));
            this.key = key;
            this.args = args;
        }

        @Override
        public String message(Messages m) {
            return text(m, key, args);
        }

        private static String text(Messages m, String key, Object[] args) {
            Object[] said = args.clone();
            for (int i = 0; i < said.length; i++) {
                if (said[i] instanceof Said s) {
                    said[i] = s.in(m);
                }
            }
            return m.text(key, said);
        }
    }
}
