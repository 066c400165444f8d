package advisor.shell;

import advisor.model.Catalog;
import advisor.model.Choice;
import advisor.model.Lang;
import advisor.render.Messages;
import advisor.model.Library;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion candidates for a partly typed command line: subcommands, their options, and values
 * from the catalog in use (library ids and aliases, scenarios, categories, profiles, tiers,
 * trends, dimensions) and the fixed value sets (formats, languages, sort keys), each with a short
 * description. An option's value completes as the next word ({@code --scenario ra}) or in the same
 * word ({@code --scenario=ra}). The interactive shell and the shell completion scripts share it.
 */
public final class Completion {
    /** Printed instead of candidates when the shell should complete file names. */
    public static final String FILES = "__files__";

    /**
     * One candidate and what it is, in the language of the session (empty when there is nothing to say).
     * A value that ends in {@code =} ({@code stability=}) wants more typed after it: no space follows it.
     */
    public record Candidate(String value, String description) {
        public boolean complete() {
            return !value.endsWith("=");
        }
    }

    private final CommandSpec root;
    private final Supplier<Catalog> catalog;
    private final Lang defaultLang;

    public Completion(CommandSpec root, Supplier<Catalog> catalog, Lang defaultLang) {
        this.root = root;
        this.catalog = catalog;
        this.defaultLang = defaultLang;
    }

    /**
     * Candidates for {@code partial}, given the complete words before it (not counting "advisor"). The
     * common options may come before the command: they are the root command's, and every command inherits them.
     */
    public List<Candidate> candidates(List<String> words, String partial) {
        Lang lang = lang(words);
        Map<String, String> out = new LinkedHashMap<>();
        int at = commandIndex(words);
        CommandSpec spec = root;
        if (at >= 0) {
            CommandLine sub = root.subcommands().get(words.get(at));
            if (sub == null) {
                return List.of();
            }
            spec = sub.getCommandSpec();
        }
        String previous = words.isEmpty() ? "" : words.get(words.size() - 1);
        // bash splits "--scenario=ra" at the "=" into "--scenario", "=", "ra"; its word to replace is "ra"
        if (previous.equals("=") && words.size() > 1 && valueOption(spec, words.get(words.size() - 2)) != null) {
            return values(valueOption(spec, words.get(words.size() - 2)), partial, lang);
        }
        if (partial.equals("=") && valueOption(spec, previous) != null) {
            return values(valueOption(spec, previous), "", lang);
        }
        OptionSpec valueOf = valueOption(spec, previous);
        if (valueOf != null) {
            return values(valueOf, partial, lang);
        }
        int eq = partial.indexOf('=');
        if (partial.startsWith("-") && eq > 1 && valueOption(spec, partial.substring(0, eq)) != null) {
            String prefix = partial.substring(0, eq + 1);
            List<Candidate> values = values(valueOption(spec, partial.substring(0, eq)), partial.substring(eq + 1), lang);
            return values.stream().filter(c -> !c.value().equals(FILES))
                    .map(c -> new Candidate(prefix + c.value(), c.description())).toList();
        }
        if (partial.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    for (String name : o.names()) {
                        if (name.startsWith("--")) {
                            out.put(name, describe(o));
                        }
                    }
                }
            }
            return filter(out, partial);
        }
        if (at < 0) {
            commands(out);
            return filter(out, partial);
        }
        words = words.subList(at, words.size()); // from the command on
        switch (words.get(0)) {
            case "show", "compare" -> {
                for (Library l : catalog.get().libraries()) {
                    out.put(l.id(), describe(l, lang));
                }
                if (!partial.isEmpty()) {
                    for (Library l : catalog.get().libraries()) {
                        for (String a : l.aliases()) {
                            if (a.matches("[\\p{Alnum}._-]+")) {
                                out.putIfAbsent(a, describe(l, lang));
                            }
                        }
                    }
                }
            }
            case "stack" -> { // issue 14: "stack show ID"
                if (words.size() == 1) {
                    out.put("show", Messages.of(lang).text("completion.stack.show"));
                } else if (words.size() == 2 && words.get(1).equals("show")) {
                    catalog.get().stacks().forEach(x -> out.put(x.id(), x.label().in(lang)));
                }
            }
            case "completion" -> {
                for (String shell : CompletionScripts.SHELLS) {
                    out.put(shell, "");
                }
            }
            case "help" -> {
                if (words.size() == 1) {
                    commands(out);
                }
            }
            default -> {
                return List.of();
            }
        }
        return filter(out, partial);
    }

    /** Every command a user may type, with the first sentence of its description. */
    private void commands(Map<String, String> out) {
        root.subcommands().forEach((name, sub) -> {
            if (!name.startsWith("__")) {
                out.put(name, firstSentence(sub.getCommandSpec().usageMessage().description()));
            }
        });
    }

    /** Where the command name is among the words: after the root's options and their values; -1 when not typed yet. */
    private int commandIndex(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (!w.startsWith("-")) {
                return i;
            }
            if (!w.contains("=") && valueOption(root, w) != null) {
                i++;
            }
        }
        return -1;
    }

    private static OptionSpec valueOption(CommandSpec spec, String name) {
        OptionSpec o = name.startsWith("-") ? spec.findOption(name) : null;
        return o != null && o.arity().max() > 0 ? o : null;
    }

    private List<Candidate> values(OptionSpec option, String partial, Lang lang) {
        Map<String, String> out = new LinkedHashMap<>();
        switch (option.longestName()) {
            case "--scenario" -> catalog.get().scenarios().forEach(s -> out.put(s.id(), s.label().in(lang)));
            case "--category" -> catalog.get().categories().forEach(x -> out.put(x.id(), x.label().in(lang)));
            case "--profile" -> catalog.get().profiles().forEach(x -> out.put(x.id(), x.label().in(lang)));
            case "--tier", "--min-tier" -> catalog.get().tiers().forEach(x -> out.put(x.id(), x.label().in(lang)));
            case "--trend" -> catalog.get().trends().forEach(x -> out.put(x.id(), x.label().in(lang)));
            case "--stack" -> catalog.get().stacks().forEach(x -> out.put(x.id(), x.label().in(lang)));
            case "--weight" -> catalog.get().dimensions().forEach(d -> out.put(d.id() + "=", d.label().in(lang)));
            case "--catalog", "--to" -> {
                return List.of(new Candidate(FILES, ""));
            }
            default -> {
                // a fixed set (format, language, sort key): what the option's type declares
                Class<?> type = option.type();
                if (type.isEnum() && Choice.class.isAssignableFrom(type)) {
                    for (Object c : type.getEnumConstants()) {
                        out.put(((Choice) c).id(), Messages.of(lang).text(((Choice) c).descriptionKey()));
                    }
                } else {
                    for (String c : option.completionCandidates() == null ? List.<String>of() : option.completionCandidates()) {
                        out.put(c, "");
                    }
                }
            }
        }
        return filter(out, partial);
    }

    /** The language of the descriptions: a {@code --lang} among the words, else the session's. */
    private Lang lang(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            Lang l = w.startsWith("--lang=") ? Lang.parse(w.substring(7))
                    : w.equals("--lang") && i + 1 < words.size() ? Lang.parse(words.get(i + 1)) : null;
            if (l != null) {
                return l;
            }
        }
        return defaultLang;
    }

    private String describe(Library l, Lang lang) {
        String category = catalog.get().categoryLabel(l.category(), lang);
        return l.name() + " · " + category;
    }

    /** The option's help text up to its first sentence (picocli has put the default value in already). */
    private static String describe(OptionSpec o) {
        return firstSentence(o.description());
    }

    private static String firstSentence(String[] description) {
        if (description.length == 0) {
            return "";
        }
        String d = description[0];
        int end = d.indexOf(". ");
        d = end > 0 ? d.substring(0, end) : d;
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    private static List<Candidate> filter(Map<String, String> names, String partial) {
        String p = partial.toLowerCase(Locale.ROOT);
        return names.entrySet().stream().filter(e -> e.getKey().toLowerCase(Locale.ROOT).startsWith(p))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Candidate(e.getKey(), oneLine(e.getValue()))).toList();
    }

    /** Descriptions travel one per line, after a tab: no control (tab, newline) or bidi character may appear in one. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cc}\\p{Cf}]+", " ").strip();
    }
}
