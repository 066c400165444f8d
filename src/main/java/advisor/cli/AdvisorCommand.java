package advisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The root command: a container for the subcommands; alone it prints its usage. */
@Command(name = "advisor", mixinStandardHelpOptions = true, versionProvider = AdvisorCommand.Version.class,
        customSynopsis = "advisor [-hV] [COMMON OPTIONS] [COMMAND]",
        description = "Choose libraries with weighted, explainable and sourced scores.",
        footer = {"", "Exit codes: 0 success, 1 internal error or output not written, 2 usage error, 3 invalid catalog, 4 unknown name."})
final class AdvisorCommand implements Runnable {
    /**
     * The subcommands, in help order. They are registered by {@link Main}, from the model generated at build
     * time ({@link CommandModel}): building a command's model still costs time, so a one-shot run registers
     * only the one it needs.
     */
    static final java.util.Map<String, Class<?>> SUBCOMMANDS = subcommands();
    /** Subcommands that need the whole tree even in a one-shot run: the shell runs them all, man documents them. */
    static final java.util.Set<String> WHOLE_TREE = java.util.Set.of("shell", "man");

    private static java.util.Map<String, Class<?>> subcommands() {
        java.util.Map<String, Class<?>> m = new java.util.LinkedHashMap<>();
        m.put("list", ListCommand.class);
        m.put("show", ShowCommand.class);
        m.put("recommend", RecommendCommand.class);
        m.put("compare", CompareCommand.class);
        m.put("radar", RadarCommand.class);
        m.put("stacks", StacksCommand.class);
        m.put("stack", StackCommand.class);
        m.put("validate", ValidateCommand.class);
        m.put("import", ImportCommand.class);
        m.put("export", ExportCommand.class);
        m.put("diff", DiffCommand.class);
        m.put("scenarios", ReferenceCommands.Scenarios.class);
        m.put("categories", ReferenceCommands.Categories.class);
        m.put("dimensions", ReferenceCommands.Dimensions.class);
        m.put("profiles", ReferenceCommands.Profiles.class);
        m.put("trends", ReferenceCommands.Trends.class);
        m.put("sources", ReferenceCommands.Sources.class);
        m.put("publish", PublishCommand.class);
        m.put("add", AddCommand.class);
        m.put("shell", ShellCommand.class);
        m.put("completion", CompletionCommand.class);
        m.put("man", ManCommand.class);
        m.put("help", HelpCommand.class);
        return java.util.Collections.unmodifiableMap(m);
    }

    @Spec
    CommandSpec spec;

    /** Declared here once; every subcommand inherits them, so they work before or after the command name. */
    @Mixin
    CommonOptions common;

    /** Key of the usage section that lists {@link CommonOptions}. */
    private static final String COMMON_OPTIONS_SECTION = "commonOptions";

    /**
     * Lists the common options in the root command's usage under their own heading, after its own options:
     * they work before the command name too ({@code advisor --catalog team list}), so the top-level help
     * is where people look. A command's own usage lists them among its options.
     */
    static void describeCommonOptions(CommandLine root) {
        java.util.List<String> keys = new java.util.ArrayList<>(root.getHelpSectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_OPTION_LIST) + 1, COMMON_OPTIONS_SECTION);
        root.setHelpSectionKeys(keys);
        root.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, new OptionSection(false));
        root.getHelpSectionMap().put(COMMON_OPTIONS_SECTION, new OptionSection(true));
    }

    /**
     * The root's options that are common (inherited by every command), under their heading, or those that
     * are its own. (A class, not a lambda: every run builds it, and linking a lambda costs start-up time.)
     */
    private static final class OptionSection implements CommandLine.IHelpSectionRenderer {
        private final boolean common;

        OptionSection(boolean common) {
            this.common = common;
        }

        @Override
        public String render(CommandLine.Help help) {
            java.util.List<OptionSpec> options = help.commandSpec().options().stream()
                    .filter(o -> (o.scopeType() == ScopeType.INHERIT) == common).toList();
            return (common ? help.createHeading("Common options (before or after the command name):%n") : "")
                    + help.optionListExcludingGroups(options);
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = AdvisorCommand.class.getPackage().getImplementationVersion();
            return new String[] {"advisor " + (v == null ? "dev" : v),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
