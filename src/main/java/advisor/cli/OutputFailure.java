package advisor.cli;

import advisor.render.Messages;
import java.io.IOException;

/**
 * Standard output could not be written: its reader went away (a closed pipe, {@code | head}) or the
 * write failed (disk full, a closed descriptor). Thrown by {@link ReportingOutputStream} so that the
 * run ends at once; {@link Main} turns it into a quiet exit 0 or a message and exit 1.
 */
public final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A file the failure names, and the bundles' key of its reason in plain words (both null when the system's words say it). */
    private final String file;
    private final String reason;

    public OutputFailure(IOException cause) {
        this(cause, null, null);
    }

    /** A write to {@code file} that failed for a reason the bundles word ({@code output.reason.*}). */
    OutputFailure(IOException cause, String file, String reason) {
        super(cause.getMessage(), cause);
        this.file = file;
        this.reason = reason;
    }

    /** What failed in the words of {@code m}: the file and the reason where the bundles word it, else the system's words. */
    public String message(Messages m) {
        return reason == null ? getMessage() : file + ": " + m.text("output.reason." + reason);
    }

    /**
     * Whether the reader went away (EPIPE) rather than the write failing. The JDK reports errno only
     * through the message, strerror's text ("Broken pipe"; older JDKs append " (Write failed)").
     */
    public boolean readerGone() {
        String m = getCause().getMessage();
        return m != null && m.startsWith("Broken pipe");
    }
}
