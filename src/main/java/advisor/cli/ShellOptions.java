package advisor.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;

/**
 * The common options given to {@code advisor shell}, which apply to every line of the shell that does not give
 * its own: each occurrence as typed, with every name of its option.
 */
final class ShellOptions {
    /** One occurrence of a common option: the names of its option, and its words (name and value, or the name). */
    private record Given(List<String> names, List<String> words) {
    }

    private final List<Given> given = new ArrayList<>();

    /** The common options of the command line that started the shell: typed before "shell" or after it. */
    ShellOptions(ParseResult root) {
        // the common options typed before "shell" were matched by the root, those after it by the shell
        List<OptionSpec> matched = new ArrayList<>();
        for (ParseResult p = root; p != null; p = p.subcommand()) {
            matched.addAll(p.matchedOptions());
        }
        for (OptionSpec o : matched) {
            if (o.inherited() || o.scopeType() == ScopeType.INHERIT) {
                if (o.typeInfo().isBoolean()) {
                    given.add(new Given(List.of(o.names()), List.of(o.longestName())));
                } else {
                    for (String value : o.originalStringValues()) {
                        given.add(new Given(List.of(o.names()), List.of(o.longestName(), value)));
                    }
                }
            }
        }
    }

    /**
     * The arguments a shell line runs with: the common options given to the shell go before the line's
     * command, except those the line gives itself, before or after its command (the line's own win).
     */
    String[] arguments(List<String> words) {
        if (given.isEmpty()) {
            return words.toArray(String[]::new);
        }
        int end = words.indexOf("--");
        List<String> options = end < 0 ? words : words.subList(0, end);
        List<String> out = new ArrayList<>();
        for (Given g : given) {
            if (options.stream().noneMatch(w -> g.names().stream().anyMatch(n -> names(w, n)))) {
                out.addAll(g.words());
            }
        }
        out.addAll(words);
        return out.toArray(String[]::new);
    }

    /** Whether a word gives option {@code name}: {@code --format}, {@code --format=json}, {@code -o}, {@code -ojson}. */
    private static boolean names(String word, String name) {
        return word.equals(name) || word.startsWith(name + "=")
                || name.length() == 2 && !word.startsWith("--") && word.startsWith(name);
    }
}
