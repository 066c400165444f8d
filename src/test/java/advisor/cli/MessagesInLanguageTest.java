package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.Lang;
import advisor.render.Format;
import advisor.render.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Usage errors and failures are said in the run's language: {@code --lang}, else the environment's locale,
 * including those refused while the line is parsed, before the command knows its language. The cases are a
 * table (src/test/resources/messages/errors.tsv): arguments, exit code, stderr in English and in Chinese.
 */
class MessagesInLanguageTest {
    private static final Path TABLE = Path.of("src/test/resources/messages/errors.tsv");

    /** One row of the table. */
    record Case(String args, int exit, String en, String zh) {
        String[] words() {
            return args.split(" ");
        }

        @Override
        public String toString() {
            return args;
        }
    }

    static Stream<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] c = line.split("\t", -1);
            assertThat(c).as(line).hasSize(4);
            cases.add(new Case(c[0], Integer.parseInt(c[1]), c[2], c[3]));
        }
        return cases.stream();
    }

    private static Cli.Result run(Cli cli, String lang, Case c) {
        List<String> args = new ArrayList<>(List.of("--no-builtin-catalog", "--catalog", Cli.MINI.toString()));
        if (lang != null) {
            args.addAll(List.of("--lang", lang));
        }
        args.addAll(List.of(c.words()));
        return cli.run(args.toArray(String[]::new));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inEnglish(Case c) {
        Cli.Result r = run(new Cli(), "en", c);
        assertThat(r.exit()).as(r.toString()).isEqualTo(c.exit());
        assertThat(r.err()).as(r.toString()).isEqualTo(c.en() + "\n");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inChinese(Case c) {
        Cli.Result r = run(new Cli(), "zh", c);
        assertThat(r.exit()).as(r.toString()).isEqualTo(c.exit());
        assertThat(r.err()).as(r.toString()).isEqualTo(c.zh() + "\n");
    }

    /** Without --lang the environment's locale chooses, for a value refused while parsing as for any other. */
    @ParameterizedTest
    @MethodSource("cases")
    void inTheLanguageOfTheLocale(Case c) {
        Cli.Result r = run(new Cli().env("LANG", "zh_CN.UTF-8"), null, c);
        assertThat(r.exit()).as(r.toString()).isEqualTo(c.exit());
        assertThat(r.err()).as(r.toString()).isEqualTo(c.zh() + "\n");
        Cli.Result en = run(new Cli().env("LANG", "zh_CN.UTF-8").env("LC_ALL", "en_US.UTF-8"), null, c);
        assertThat(en.err()).as(en.toString()).isEqualTo(c.en() + "\n");
    }

    /** Every format that only some commands offer names them, in both languages. */
    @Test
    void everyFormatOfSomeCommandsNamesThem() {
        for (Format f : Format.values()) {
            if (!f.everywhere()) {
                for (Lang l : Lang.values()) {
                    assertThat(Messages.of(l).keys()).as(f.id() + " in " + l).contains("format.offeredBy." + f.id());
                }
            }
        }
    }
}
