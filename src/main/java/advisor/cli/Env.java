package advisor.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Everything a command may touch outside itself: its output and error writers, the environment
 * variables, whether stdin and stdout are terminals, today's date, standard input and the
 * catalogs loaded so far in this process. Tests pass buffers.
 */
public record Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean stdoutIsTerminal,
                  boolean stdinIsTerminal, Supplier<LocalDate> today, InputStream in, CatalogCache catalogs,
                  boolean batch) {

    /** An environment outside batch mode. */
    public Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean stdoutIsTerminal,
               boolean stdinIsTerminal, Supplier<LocalDate> today, InputStream in, CatalogCache catalogs) {
        this(out, err, vars, stdoutIsTerminal, stdinIsTerminal, today, in, catalogs, false);
    }

    /** An environment for tests and scripts: no terminal, a fresh catalog cache. */
    public static Env of(PrintWriter out, PrintWriter err, Map<String, String> vars, Supplier<LocalDate> today,
                         InputStream in) {
        return new Env(out, err, vars, false, false, today, in, CatalogCache.of(vars));
    }

    /**
     * Today in the default time zone, as {@code LocalDate.now()} says, but without java.time's zone rules
     * provider: a service lookup and a second read of the time-zone database, several milliseconds of
     * every start (both read the same database, so they agree).
     */
    public static LocalDate systemToday() {
        long now = System.currentTimeMillis();
        return LocalDate.ofEpochDay(Math.floorDiv(now + TimeZone.getDefault().getOffset(now), 86_400_000L));
    }

    /**
     * A UTF-8 writer for standard output whose failed writes end the run with an {@link OutputFailure}
     * instead of vanishing (see {@link ReportingOutputStream}); {@link Main} reports them.
     */
    public static PrintWriter reportingWriter(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(new ReportingOutputStream(out), StandardCharsets.UTF_8), false);
    }

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }

    /** The same environment with another error writer (the shell's batch mode captures each line's errors). */
    public Env withErr(PrintWriter err) {
        return new Env(out, err, vars, stdoutIsTerminal, stdinIsTerminal, today, in, catalogs, batch);
    }

    /** The same environment for the lines of a batch: JSON answers come out one per line (JSON Lines). */
    public Env inBatch() {
        return new Env(out, err, vars, stdoutIsTerminal, stdinIsTerminal, today, in, catalogs, true);
    }

    /** The same environment, whose "today" is another supplier's (the one that answers --as-of). */
    public Env withToday(Supplier<LocalDate> day) {
        return new Env(out, err, vars, stdoutIsTerminal, stdinIsTerminal, day, in, catalogs, batch);
    }

    /** The same environment writing to another output (the interactive shell writes to its terminal). */
    public Env withOut(PrintWriter out, boolean terminal) {
        return new Env(out, err, vars, terminal, stdinIsTerminal, today, in, catalogs, batch);
    }
}
