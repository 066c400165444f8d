package advisor.cli;

import java.io.IOException;

/**
 * Standard output could not be written: its reader went away (a closed pipe, {@code | head}) or the
 * write failed (disk full, a closed descriptor). Thrown by {@link ReportingOutputStream} so that the
 * run ends at once; {@link Main} turns it into a quiet exit 0 or a message and exit 1.
 */
public final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public OutputFailure(IOException cause) {
        super(cause.getMessage(), cause);
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
