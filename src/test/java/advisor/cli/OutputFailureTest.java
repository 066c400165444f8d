package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Output that cannot be written ends the run: quietly when the reader went away, else with a message and exit 1. */
class OutputFailureTest {

    /** Accepts {@code room} bytes, then fails every write with {@code error}, as a full disk or a closed pipe does. */
    static final class FailingStream extends OutputStream {
        private final String error;
        private long room;
        long written;

        FailingStream(String error, long room) {
            this.error = error;
            this.room = room;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                throw new IOException(error);
            }
            room -= len;
            written += len;
        }
    }

    private record Run(int exit, String err) {
    }

    private static Run run(OutputStream stdout, String stdin, String... args) {
        StringWriter err = new StringWriter();
        Env env = Env.of(Env.reportingWriter(stdout), new PrintWriter(err), Map.of(), () -> Cli.TODAY,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(new Main(env).run(args), err.toString());
    }

    @Test
    void aFullDiskIsReportedWithExitOne() {
        Run r = run(new FailingStream("No space left on device", 0), "", "list", "-o", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
    }

    @Test
    void aFailureAtTheLastFlushOfASmallOutputIsReportedToo() {
        // --version fits in the writer's buffer: the failure shows only when the run flushes
        Run r = run(new FailingStream("Bad file descriptor", 0), "", "--version");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: Bad file descriptor\n");
    }

    @Test
    void aFailureWhilePicocliPrintsHelpIsReportedWithoutAStackTrace() {
        Run r = run(new FailingStream("No space left on device", 0), "", "list", "--help");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
    }

    @Test
    void aFailureInTheMiddleStopsTheCommandThere() {
        FailingStream out = new FailingStream("No space left on device", 20_000);
        Run r = run(out, "", "list", "-o", "json");
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.err()).startsWith("advisor: cannot write the output: No space left on device").doesNotContain("\tat ");
        assertThat(out.written).isLessThanOrEqualTo(20_000);
    }

    @Test
    void aReaderThatWentAwayEndsTheRunQuietly() {
        Run r = run(new FailingStream("Broken pipe", 1000), "", "list", "-o", "json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void batchModeStopsWhenTheReaderWentAway() {
        // line 2 would report an unknown library on stderr if the batch went on
        Run r = run(new FailingStream("Broken pipe", 1000), "list -o json\nshow nosuch\nlist\n", "shell");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void batchModeStopsAtAFullDiskWithOneMessage() {
        Run r = run(new FailingStream("No space left on device", 1000), "list -o json\nshow nosuch\nlist\n", "shell");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("advisor: cannot write the output: No space left on device\n");
    }

    @Test
    void everyWriteAfterTheFirstFailureFailsToo() {
        ReportingOutputStream s = new ReportingOutputStream(new FailingStream("No space left on device", 0));
        OutputFailure first = org.junit.jupiter.api.Assertions.assertThrows(OutputFailure.class, () -> s.write(new byte[8], 0, 8));
        assertThat(first.readerGone()).isFalse();
        assertThat(org.junit.jupiter.api.Assertions.assertThrows(OutputFailure.class, s::flush)).isSameAs(first);
    }
}
