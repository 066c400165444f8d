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

    /** Runs a case over the mini catalog, with {@code --lang lang} unless null, and checks its exit code and stderr. */
    private static void says(Cli cli, String lang, Case c, String expected) {
        List<String> args = new ArrayList<>(List.of("--no-builtin-catalog", "--catalog", Cli.MINI.toString()));
        if (lang != null) {
            args.addAll(List.of("--lang", lang));
        }
        args.addAll(List.of(c.words()));
        Cli.Result r = cli.run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isEqualTo(c.exit());
        assertThat(r.err()).as(r.toString()).isEqualTo(expected + "\n");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inEnglish(Case c) {
        says(new Cli(), "en", c, c.en());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void inChinese(Case c) {
        says(new Cli(), "zh", c, c.zh());
    }

    /** Without --lang the environment's locale chooses, for a value refused while parsing as for any other. */
    @ParameterizedTest
    @MethodSource("cases")
    void inTheLanguageOfTheLocale(Case c) {
        says(new Cli().env("LANG", "zh_CN.UTF-8"), null, c, c.zh());
        says(new Cli().env("LANG", "zh_CN.UTF-8").env("LC_ALL", "en_US.UTF-8"), null, c, c.en());
    }

    /** What the shell says itself (a line's number, a line it cannot split or run) is in the shell's language. */
    @Test
    void theShellSaysItsOwnWordsInItsLanguage() {
        String lines = "show \"x\nshow 'x\nshell\nshow nosuch\n";
        Cli.Result en = new Cli().stdin(lines).mini("shell");
        assertThat(en.exit()).as(en.toString()).isEqualTo(4);
        assertThat(en.err()).as(en.toString()).isEqualTo("""
                advisor: line 1: unclosed double quote
                advisor: line 2: unclosed single quote
                advisor: line 3: 'shell' cannot run inside the shell
                advisor: line 4: unknown library 'nosuch'; 'advisor list' lists them all
                """);
        Cli.Result zh = new Cli().stdin(lines).mini("shell", "--lang", "zh", "-o", "json");
        assertThat(zh.exit()).as(zh.toString()).isEqualTo(4);
        assertThat(zh.err()).as(zh.toString()).isEqualTo("""
                advisor: 第 1 行：双引号未闭合
                advisor: 第 2 行：单引号未闭合
                advisor: 第 3 行：不能在 shell 中运行 'shell'
                advisor: 第 4 行：未知的库 'nosuch'；'advisor list' 列出全部
                """);
        assertThat(zh.out()).as(zh.toString()).isEqualTo("""
                {"error":"双引号未闭合","line":1,"exit":2}
                {"error":"单引号未闭合","line":2,"exit":2}
                {"error":"不能在 shell 中运行 'shell'","line":3,"exit":2}
                {"error":"未知的库 'nosuch'；'advisor list' 列出全部","line":4,"exit":4}
                """);
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
