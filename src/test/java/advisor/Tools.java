package advisor;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Probes for the outside tools some tests need (Node, PyYAML): a test without its tool is skipped, and says so. */
public final class Tools {
    private Tools() {
    }

    /** Whether {@code command} runs and exits 0 within 30 seconds (its output is read and dropped). */
    public static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
