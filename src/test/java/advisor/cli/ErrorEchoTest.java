package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.Invisible;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a user typed, echoed in an error message (an unknown name, a bad option value, an unknown
 * option or command), reaches the terminal with its escape sequences and bidirectional controls shown
 * as visible marks, never raw.
 */
class ErrorEchoTest {
    private static final String ESC = "\u001b[31m";

    static Stream<List<String>> typed() {
        return Stream.of(
                List.of("show", ESC + "foo"),
                List.of("show", "\u202Efoo\u2066"),
                List.of("recommend", "--scenario", ESC + "nope\u200F"),
                List.of("recommend", "--scenario", "rag", "--weight", "stability=1" + ESC + "0"),
                List.of("recommend", "--scenario", "rag", "--top", "\u009b2J"),
                List.of("list", "--format", ESC + "xml"),
                List.of("list", "--fields", "id,x" + ESC + "y"),
                List.of("list", "--category", "\r" + "orm-ish"),
                List.of("list", "--colour" + ESC),
                List.of(ESC + "lsit"));
    }

    @ParameterizedTest
    @MethodSource("typed")
    void noRawControlOrBidiCharacterInTheMessage(List<String> args) {
        Cli.Result r = new Cli().mini(args.get(0), args.subList(1, args.size()).toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isIn(2, 4);
        assertThat(r.err()).as(r.toString()).contains("<U+");
        r.err().codePoints().forEach(cp -> assertThat(cp != '\n' && (Character.isISOControl(cp) || Invisible.is(cp)))
                .as("U+%04X raw in %s", cp, r).isFalse());
    }

    @Test
    void theMarkSaysWhatWasTyped() {
        Cli.Result r = new Cli().mini("show", ESC + "foo");
        assertThat(r.exit()).isEqualTo(4);
        assertThat(r.err()).startsWith("advisor: unknown library '<U+001B>[31mfoo'");
    }

    @Test
    void aLineOfTheBatchShellIsNeutralisedToo() {
        Cli.Result r = new Cli().stdin("show \"" + ESC + "foo\" --no-builtin-catalog --catalog " + Cli.MINI + "\n").run("shell");
        assertThat(r.err()).contains("line 1: unknown library '<U+001B>[31mfoo'").doesNotContain("\u001b");
    }
}
