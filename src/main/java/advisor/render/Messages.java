package advisor.render;

import advisor.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The user-facing words of one language, from {@code messages_en.properties} or {@code messages_zh.properties}
 * (UTF-8, {@link MessageFormat} patterns). Each bundle is read once per process, the first time its language
 * is asked for; a pattern is compiled only when it is used with arguments.
 */
public final class Messages {
    private static final Map<Lang, Messages> LOADED = new EnumMap<>(Lang.class);

    private final Lang lang;
    private final Properties texts;

    private Messages(Lang lang, Properties texts) {
        this.lang = lang;
        this.texts = texts;
    }

    /** The words of {@code lang}. */
    public static Messages of(Lang lang) {
        synchronized (LOADED) {
            return LOADED.computeIfAbsent(lang, l -> new Messages(l, read(resource(l))));
        }
    }

    /** The class-path name of a language's bundle. */
    public static String resource(Lang lang) {
        return "/messages_" + lang.code() + ".properties";
    }

    static Properties read(String resource) {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("message bundle missing from the class path: " + resource);
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public Lang lang() {
        return lang;
    }

    /** The keys this bundle holds (for the test that keeps both bundles alike). */
    public Set<String> keys() {
        return Collections.unmodifiableSet(texts.stringPropertyNames());
    }

    /**
     * The text of {@code key} with {@code args} put in its placeholders. Arguments are written as text
     * ({@link TabularRenderer#text}): numbers as they are, never with the grouping or decimals of a locale.
     */
    public String text(String key, Object... args) {
        String pattern = texts.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no message '" + key + "' in " + resource(lang));
        }
        if (args.length == 0 && pattern.indexOf('\'') < 0 && pattern.indexOf('{') < 0) {
            return pattern;
        }
        String[] texts = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = TabularRenderer.text(args[i]);
        }
        String simple = fill(pattern, texts);
        return simple != null ? simple : new MessageFormat(pattern, Locale.ROOT).format(texts);
    }

    /**
     * {@code pattern} with its {@code {0}}, {@code {1}}... replaced and each {@code ''} made one apostrophe, as
     * {@link MessageFormat} would; null when it has anything else (a quoted part, {@code {0,number}}), left to
     * MessageFormat. Every text is this simple today, and compiling a MessageFormat for each costs start-up.
     */
    static String fill(String pattern, String[] args) {
        StringBuilder out = new StringBuilder(pattern.length() + 32);
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 >= n || pattern.charAt(i + 1) != '\'') {
                    return null;
                }
                out.append(c);
                i += 2;
                continue;
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            int j = i + 1;
            int index = 0;
            while (j < n && j - i <= 4 && pattern.charAt(j) >= '0' && pattern.charAt(j) <= '9') {
                index = index * 10 + (pattern.charAt(j) - '0');
                j++;
            }
            if (j == i + 1 || j >= n || pattern.charAt(j) != '}') {
                return null;
            }
            out.append(index < args.length ? args[index] : "{" + index + "}");
            i = j + 1;
        }
        return out.toString();
    }

    /** The English or Chinese of a pair that is data, not a message (a catalog text's two forms). */
    public String pick(String en, String zh) {
        return lang == Lang.ZH ? zh : en;
    }
}
