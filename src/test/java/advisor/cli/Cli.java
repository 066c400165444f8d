package advisor.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Runs the real command tree in-process with captured output, a fixed date and a chosen environment. */
public final class Cli {
    /** The date every test runs "today" on, so that review checks do not change with the calendar. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    public static final Path MINI = Path.of("src/test/resources/mini");

    private final Map<String, String> vars = new HashMap<>();
    private boolean terminal;
    private InputStream stdin = InputStream.nullInputStream();
    private Path diskCache;

    /** What standard input holds. */
    public Cli stdin(String text) {
        return stdin(new ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** Standard input as a stream (a test may act between the lines a shell reads). */
    public Cli stdin(InputStream in) {
        this.stdin = in;
        return this;
    }

    public Cli env(String name, String value) {
        vars.put(name, value);
        return this;
    }

    /** Where large catalogs' parsed files are kept between runs (none unless given). */
    public Cli diskCache(Path dir) {
        this.diskCache = dir;
        return this;
    }

    public Cli terminal() {
        this.terminal = true;
        return this;
    }

    /** What a run printed and returned; {@code toString} shows all of it for assertion messages. */
    public record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err;
        }
    }

    public Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = new Env(new PrintWriter(out), new PrintWriter(err), Map.copyOf(vars), terminal, false, () -> TODAY,
                stdin, new CatalogCache(diskCache));
        int code = new Main(env).run(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** Runs a command that must succeed and returns its JSON output as a tree. */
    public com.fasterxml.jackson.databind.JsonNode json(String... args) throws java.io.IOException {
        Result r = run(args);
        org.assertj.core.api.Assertions.assertThat(r.exit()).as(r.toString()).isZero();
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    }

    /** Runs a subcommand against the small fixture catalog only; further --catalog options lie over it. */
    public Result mini(String command, String... args) {
        String[] all = new String[args.length + 4];
        all[0] = command;
        all[1] = "--no-builtin-catalog";
        all[2] = "--catalog";
        all[3] = MINI.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return run(all);
    }
}
