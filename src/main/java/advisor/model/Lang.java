package advisor.model;

import java.util.Locale;

/** The two languages every catalog text and every message exists in. */
public enum Lang implements Choice {
    EN, ZH;

    /** Parses {@code en} or {@code zh} (any case); null when neither. */
    public static Lang parse(String s) {
        if (s == null) {
            return null;
        }
        return switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "en" -> EN;
            case "zh" -> ZH;
            default -> null;
        };
    }

    /** The language a POSIX locale string such as {@code zh_CN.UTF-8} asks for, or null. */
    public static Lang fromLocale(String posixLocale) {
        if (posixLocale == null || posixLocale.isBlank()) {
            return null;
        }
        String l = posixLocale.toLowerCase(Locale.ROOT);
        if (l.startsWith("zh")) {
            return ZH;
        }
        if (l.equals("c") || l.equals("posix") || l.startsWith("c.") || l.startsWith("en")) {
            return EN;
        }
        return EN;
    }

    /** The language the environment's locale asks for: LC_ALL, then LC_MESSAGES, then LANG; English when none says. */
    public static Lang ofEnvironment(java.util.function.Function<String, String> var) {
        for (String name : java.util.List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            Lang l = fromLocale(var.apply(name));
            if (l != null) {
                return l;
            }
        }
        return EN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
