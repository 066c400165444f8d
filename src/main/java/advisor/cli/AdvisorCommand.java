package advisor.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: a container for the subcommands; alone it prints its usage. */
@Command(name = "advisor", mixinStandardHelpOptions = true, versionProvider = AdvisorCommand.Version.class,
        description = "Choose libraries with weighted, explainable and sourced scores.",
        subcommands = {
            ListCommand.class, ShowCommand.class, RecommendCommand.class, CompareCommand.class, ValidateCommand.class,
            ReferenceCommands.Scenarios.class, ReferenceCommands.Categories.class,
            ReferenceCommands.Dimensions.class, ReferenceCommands.Profiles.class,
            ReferenceCommands.Trends.class, ReferenceCommands.Sources.class,
            ShellCommand.class, CompletionCommand.class
        },
        footer = {"", "Exit codes: 0 success, 1 internal error, 2 usage error, 3 invalid catalog, 4 unknown name."})
final class AdvisorCommand implements Runnable {
    @Spec
    CommandSpec spec;

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
