package advisor.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * An output stream that ends the run at its first failed write with an {@link OutputFailure}, and
 * fails every later write and flush the same way. PrintWriter and PrintStream swallow IOExceptions,
 * which made a full disk or a closed stdout look like success; an unchecked exception passes through
 * PrintWriter untouched, stops the command where it is, and is remembered in case someone catches it.
 */
public final class ReportingOutputStream extends FilterOutputStream {
    private OutputFailure failure;

    public ReportingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        failed();
        try {
            out.write(b, off, len);
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void flush() {
        failed();
        try {
            out.flush();
        } catch (IOException e) {
            throw fail(e);
        }
    }

    @Override
    public void close() {
        try {
            flush();
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                // the flush above has reported what mattered
            }
        }
    }

    private void failed() {
        if (failure != null) {
            throw failure;
        }
    }

    private OutputFailure fail(IOException e) {
        failure = new OutputFailure(e);
        return failure;
    }
}
