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
        // in help order, with the reference listings (ReferenceCommand.Listing) after diff; Main registers them
        // from the model generated at build time (CommandModel), which lists their names: building a command's
        // model still costs time, so a one-shot run builds only its own
        subcommands = {ListCommand.class, ShowCommand.class, RecommendCommand.class, CompareCommand.class,
            RadarCommand.class, StacksCommand.class, StackCommand.class, ValidateCommand.class, ImportCommand.class,
            ExportCommand.class, DiffCommand.class, PublishCommand.class, AddCommand.class, ShellCommand.class,
            CompletionCommand.class, ManCommand.class, HelpCommand.class})
final class AdvisorCommand implements Runnable {
    /** Subcommands that need the whole tree even in a one-shot run: the shell runs them all, man documents them. */
    static final java.util.Set<String> WHOLE_TREE = java.util.Set.of("shell", "man");

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

    /** Ends the root command's usage with the exit codes, as {@link ExitCode} describes them (an annotation cannot). */
    static void describeExitCodes(CommandLine root) {
        root.getCommandSpec().usageMessage().footer("", ExitCode.summary());
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
