package advisor.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Everything a command may touch outside itself: its output and error writers, the environment
 * variables, whether stdout is a terminal, today's date and standard input. Tests pass buffers.
 */
public record Env(PrintWriter out, PrintWriter err, Map<String, String> vars, boolean stdoutIsTerminal,
                  Supplier<LocalDate> today, InputStream in) {

    public String var(String name) {
        String v = vars.get(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
