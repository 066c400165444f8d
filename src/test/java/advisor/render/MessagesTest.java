package advisor.render;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.model.FactKey;
import advisor.model.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two message bundles hold the same keys with the same placeholders, and every key the code names exists. */
class MessagesTest {
    private static final Properties EN = Messages.read(Messages.resource(Lang.EN));
    private static final Properties ZH = Messages.read(Messages.resource(Lang.ZH));

    @Test
    void bothBundlesHoldTheSameKeys() {
        assertThat(ZH.stringPropertyNames()).as("keys in messages_zh.properties")
                .containsExactlyInAnyOrderElementsOf(EN.stringPropertyNames());
    }

    @Test
    void eachMessageHasTheSamePlaceholdersInBothLanguagesAndParses() {
        for (String key : EN.stringPropertyNames()) {
            String en = EN.getProperty(key);
            String zh = ZH.getProperty(key, "");
            assertThat(placeholders(zh)).as("placeholders of %s", key).isEqualTo(placeholders(en));
            // an unbalanced quote or brace would throw here, not in front of a user
            new MessageFormat(en, Locale.ROOT);
            new MessageFormat(zh, Locale.ROOT);
        }
    }

    @Test
    void theQuickFillWritesEveryMessageAsMessageFormatDoes() {
        String[] args = {"a0", "b1", "c2", "d3", "e4", "f5", "g6", "h7", "i8", "j9"};
        for (Properties p : new Properties[] {EN, ZH}) {
            for (String key : p.stringPropertyNames()) {
                String pattern = p.getProperty(key);
                assertThat(Messages.fill(pattern, args)).as(key)
                        .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(args));
                assertThat(Messages.fill(pattern, new String[0])).as(key + " without arguments")
                        .isEqualTo(new MessageFormat(pattern, Locale.ROOT).format(new Object[0]));
            }
        }
        // what it leaves to MessageFormat
        assertThat(Messages.fill("'{0}' is {0}", args)).isNull();
        assertThat(Messages.fill("{0,number}", args)).isNull();
        assertThat(Messages.fill("it''s {1}", args)).isEqualTo("it's b1");
    }

    @Test
    void apostrophesAreDoubledAsMessageFormatNeedsThem() {
        for (Properties p : new Properties[] {EN, ZH}) {
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() throws IOException {
        Pattern call = Pattern.compile("\\b(?:text|worded|requiredTo)\\(\"([a-zA-Z0-9_.-]*[a-zA-Z0-9_-])\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        // the packages that speak to people (the catalog's readers have their own text(...) for catalog fields)
        for (String dir : List.of("cli", "render", "report", "shell")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/advisor", dir))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = call.matcher(Files.readString(f));
                    while (m.find()) {
                        if (!EN.containsKey(m.group(1))) {
                            missing.add(m.group(1) + " (" + f.getFileName() + ")");
                        }
                    }
                }
            }
        }
        for (FactKey k : FactKey.values()) {
            if (!EN.containsKey("fact." + k.id())) {
                missing.add("fact." + k.id());
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void argumentsAreWrittenAsTextWithoutLocaleGrouping() {
        Messages en = Messages.of(Lang.EN);
        assertThat(en.text("list.footer", 12345, 2, "balanced")).isEqualTo("12345 libraries, 2 scored (profile balanced)");
        assertThat(en.text("list.footer.reported")).contains("source's");
    }

    /** The argument indexes of a pattern, outside quoted text. */
    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> out = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }
}
