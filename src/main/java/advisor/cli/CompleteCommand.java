package advisor.cli;

import advisor.model.Lang;
import advisor.shell.Completion;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;

/**
 * {@code advisor __complete PARTIAL WORD...}: the hidden helper of the completion scripts. It prints
 * one candidate per line for the partial word (with its description after a tab), using the catalog the words name (--catalog,
 * --no-builtin-catalog) or ADVISOR_CATALOG. It never fails loudly: a broken catalog gives no names.
 */
final class CompleteCommand {
    static final String NAME = "__complete";

    private final Env env;
    private final CommandLine root;

    CompleteCommand(Env env, CommandLine root) {
        this.env = env;
        this.root = root;
    }

    int run(String[] args) {
        String partial = args.length == 0 ? "" : args[0];
        // the catalog options count wherever they are typed, before the command or after it, as when the line runs
        List<String> words = args.length <= 1 ? List.of() : Arrays.asList(Arrays.copyOfRange(args, 1, args.length));
        CommonOptions options = new CommonOptions();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("--catalog") && i + 1 < words.size()) {
                options.catalogs.add(Path.of(words.get(i + 1)));
            } else if (words.get(i).equals("--no-builtin-catalog")) {
                options.noBuiltin = true;
            }
        }
        Session session = new Session(env, options);
        List<Completion.Candidate> candidates;
        try {
            candidates = new Completion(root.getCommandSpec(), () -> session.load().catalog(), Lang.ofEnvironment(env::var))
                    .candidates(new ArrayList<>(words), partial);
        } catch (RuntimeException e) {
            candidates = List.of();
        }
        // one candidate a line, its description after a tab (fish reads this as it is; the bash and
        // zsh scripts split it)
        for (Completion.Candidate c : candidates) {
            env.out().println(c.description().isEmpty() ? c.value() : c.value() + "\t" + c.description());
        }
        env.out().flush();
        return ExitCode.OK.code();
    }
}
