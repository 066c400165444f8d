package advisor.cli;

import java.io.PrintWriter;

/**
 * Where a run's time goes, for the benchmark harness ({@code src/bench/run --startup}): with
 * {@code ADVISOR_TIMING} set, a run prints one line to stderr with the wall-clock time {@code main} was
 * entered (the harness subtracts it from the time it started the launcher) and the microseconds spent
 * building the command model, loading the catalog, in the command itself (the engine) and writing the
 * output. Unset, each mark is one test of a constant.
 */
final class Timing {
    static final boolean ON = System.getenv("ADVISOR_TIMING") != null;

    static final int MAIN = 0;
    static final int MODEL = 1;
    static final int CATALOG = 2;
    static final int CATALOG_DONE = 3;
    static final int OUTPUT = 4;
    static final int OUTPUT_DONE = 5;
    static final int END = 6;

    private static final long[] AT = new long[7];
    private static long mainEpochMicros;

    private Timing() {
    }

    /** Marks a moment; the first mark of each kind counts (the catalog is loaded once, then reused). */
    static void mark(int what) {
        if (ON && AT[what] == 0) {
            AT[what] = System.nanoTime();
            if (what == MAIN) {
                java.time.Instant now = java.time.Instant.now();
                mainEpochMicros = now.getEpochSecond() * 1_000_000L + now.getNano() / 1_000;
            }
        }
    }

    static void report(PrintWriter err) {
        if (!ON) {
            return;
        }
        long catalog = span(CATALOG, CATALOG_DONE);
        long output = span(OUTPUT, OUTPUT_DONE);
        err.println("advisor-timing: main-epoch-us=" + mainEpochMicros + " model-us=" + span(MAIN, MODEL)
                + " catalog-us=" + catalog + " engine-us=" + (span(MODEL, END) - catalog - output)
                + " output-us=" + output);
        err.flush();
    }

    private static long span(int from, int to) {
        return AT[from] == 0 || AT[to] == 0 ? 0 : (AT[to] - AT[from]) / 1_000;
    }
}
