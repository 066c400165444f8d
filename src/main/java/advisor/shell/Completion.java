package advisor.shell;

import advisor.model.Catalog;
import advisor.model.Library;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Completion candidates for a partly typed command line: subcommands, their options, and values
 * from the catalog in use (library ids and aliases, scenarios, categories, profiles, tiers,
 * trends, dimensions) and the fixed value sets (formats, languages, sort keys). The interactive
 * shell and the shell completion scripts share it.
 */
public final class Completion {
    /** Printed instead of candidates when the shell should complete file names. */
    public static final String FILES = "__files__";

    private final CommandSpec root;
    private final Supplier<Catalog> catalog;

    public Completion(CommandSpec root, Supplier<Catalog> catalog) {
        this.root = root;
        this.catalog = catalog;
    }

    /** Candidates for {@code partial}, given the complete words before it (not counting "advisor"). */
    public List<String> candidates(List<String> words, String partial) {
        List<String> out = new ArrayList<>();
        if (words.isEmpty()) {
            out.addAll(root.subcommands().keySet().stream().filter(n -> !n.startsWith("__")).toList());
            if (partial.startsWith("-")) {
                out.addAll(List.of("--help", "--version"));
            }
            return filter(out, partial);
        }
        CommandLine sub = root.subcommands().get(words.get(0));
        if (sub == null) {
            return List.of();
        }
        CommandSpec spec = sub.getCommandSpec();
        String previous = words.get(words.size() - 1);
        OptionSpec valueOf = words.size() > 1 ? spec.findOption(previous) : null;
        if (valueOf != null && valueOf.arity().max() > 0) {
            return values(valueOf, partial);
        }
        if (partial.startsWith("-")) {
            for (OptionSpec o : spec.options()) {
                if (!o.hidden()) {
                    out.addAll(Arrays.stream(o.names()).filter(n -> n.startsWith("--")).toList());
                }
            }
            return filter(out, partial);
        }
        switch (words.get(0)) {
            case "show", "compare" -> {
                for (Library l : catalog.get().libraries()) {
                    out.add(l.id());
                }
                if (!partial.isEmpty()) {
                    for (Library l : catalog.get().libraries()) {
                        out.addAll(l.aliases().stream().filter(a -> a.matches("[\\p{Alnum}._-]+")).toList());
                    }
                }
            }
            case "completion" -> out.addAll(List.of("bash", "zsh", "fish"));
            case "help" -> out.addAll(words.size() > 1 ? List.of() : root.subcommands().keySet());
            default -> {
                return List.of();
            }
        }
        return filter(out, partial);
    }

    private List<String> values(OptionSpec option, String partial) {
        List<String> out = new ArrayList<>();
        switch (option.longestName()) {
            case "--scenario" -> catalog.get().scenarios().forEach(s -> out.add(s.id()));
            case "--category" -> catalog.get().categories().forEach(x -> out.add(x.id()));
            case "--profile" -> catalog.get().profiles().forEach(x -> out.add(x.id()));
            case "--tier", "--min-tier" -> catalog.get().tiers().forEach(x -> out.add(x.id()));
            case "--trend" -> catalog.get().trends().forEach(x -> out.add(x.id()));
            case "--weight" -> catalog.get().dimensions().forEach(d -> out.add(d.id() + "="));
            case "--format" -> out.addAll(List.of("table", "json", "yaml", "csv", "tsv", "markdown"));
            case "--lang" -> out.addAll(List.of("en", "zh"));
            case "--sort" -> out.addAll(List.of("score", "name", "stars", "first-release"));
            case "--catalog" -> {
                return List.of(FILES);
            }
            default -> {
                return List.of();
            }
        }
        return filter(out, partial);
    }

    private static List<String> filter(List<String> names, String partial) {
        String p = partial.toLowerCase(Locale.ROOT);
        return names.stream().distinct().filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).sorted().toList();
    }
}
