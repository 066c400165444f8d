package advisor.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli model of every command, built through picocli's programmatic API: building it by reflecting
 * on the annotations costs start-up (annotation proxies, method handles, hundreds of classes).
 * GENERATED from the annotated command classes by {@code CommandModelTest}: do not edit; after changing a
 * command's annotations, regenerate with {@code ./mvnw -q test -Dtest=CommandModelTest -Dmodel.update=true}.
 */
@SuppressWarnings("unchecked")
final class CommandModel {
    /** The common options that take a value (the others are flags). */
    static final java.util.Set<String> COMMON_VALUE_OPTIONS = java.util.Set.of("--catalog", "-o", "--format", "--to", "--fields", "--lang", "--as-of");

    /** The names of the common options. */
    static final java.util.Set<String> COMMON_OPTIONS = java.util.Set.of("--catalog", "--no-builtin-catalog", "-o", "--format", "--to", "--fields", "--lang", "--as-of", "--no-color", "--stacktrace");

    /** The subcommands' names, in help order: those of {@link AdvisorCommand}'s {@code subcommands}. */
    static final java.util.List<String> COMMANDS = java.util.List.of("list", "show", "recommend", "compare", "radar", "stacks", "stack", "validate", "import", "export", "diff", "scenarios", "categories", "dimensions", "profiles", "trends", "sources", "publish", "add", "shell", "completion", "man", "help");

    private CommandModel() {
    }

    /** The root command's model: the commands get {@code env} and the tree's one {@link CommonOptions}. */
    static CommandSpec root(Env env, CommonOptions common) {
        return advisorCommand(env, common);
    }

    /** A subcommand's model, by its name (one of {@link #COMMANDS}). */
    static CommandSpec command(String name, Env env, CommonOptions common) {
        switch (name) {
            case "list":
                return listCommand(env, common);
            case "show":
                return showCommand(env, common);
            case "recommend":
                return recommendCommand(env, common);
            case "compare":
                return compareCommand(env, common);
            case "radar":
                return radarCommand(env, common);
            case "stacks":
                return stacksCommand(env, common);
            case "stack":
                return stackCommand(env, common);
            case "validate":
                return validateCommand(env, common);
            case "import":
                return importCommand(env, common);
            case "export":
                return exportCommand(env, common);
            case "diff":
                return diffCommand(env, common);
            case "scenarios":
                return referenceCommand(ReferenceCommand.Listing.SCENARIOS, env, common);
            case "categories":
                return referenceCommand(ReferenceCommand.Listing.CATEGORIES, env, common);
            case "dimensions":
                return referenceCommand(ReferenceCommand.Listing.DIMENSIONS, env, common);
            case "profiles":
                return referenceCommand(ReferenceCommand.Listing.PROFILES, env, common);
            case "trends":
                return referenceCommand(ReferenceCommand.Listing.TRENDS, env, common);
            case "sources":
                return referenceCommand(ReferenceCommand.Listing.SOURCES, env, common);
            case "publish":
                return publishCommand(env, common);
            case "add":
                return addCommand(env, common);
            case "shell":
                return shellCommand(env, common);
            case "completion":
                return completionCommand(env, common);
            case "man":
                return manCommand(env, common);
            case "help":
                return helpCommand(env, common);
            default:
                throw new IllegalArgumentException("no command " + name);
        }
    }

    private static CommandSpec commonOptions(CommonOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--catalog")
                .description("Lay a catalog directory over the built-in one (repeatable; later wins). Default: the path list in ADVISOR_CATALOG.")
                .type(java.util.List.class).auxiliaryTypes(java.nio.file.Path.class).paramLabel("DIR").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.catalogs).getter(new Binding(c, 0)).setter(new Binding(c, 0))
                .withToString("field java.util.List<java.nio.file.Path> advisor.cli.CommonOptions.catalogs").build());
        s.addOption(OptionSpec.builder("--no-builtin-catalog")
                .description("Leave the built-in catalog out.")
                .type(boolean.class).paramLabel("<noBuiltin>").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.noBuiltin).getter(new Binding(c, 1)).setter(new Binding(c, 1))
                .withToString("field boolean advisor.cli.CommonOptions.noBuiltin").build());
        s.addOption(OptionSpec.builder("-o", "--format")
                .description("Output format: table, json, yaml, csv, tsv or markdown (default: ${DEFAULT-VALUE}); adr, svg, html and mermaid where a command says so.")
                .type(advisor.render.Format.class).paramLabel("FORMAT").defaultValue("table").scopeType(CommandLine.ScopeType.INHERIT)
                .converters(new Args.FormatConverter())
                .initialValue(c.format).getter(new Binding(c, 2)).setter(new Binding(c, 2))
                .withToString("field advisor.render.Format advisor.cli.CommonOptions.format").build());
        s.addOption(OptionSpec.builder("--to")
                .description("Write the output to FILE, whole or not at all; a file that holds the same already is left untouched.")
                .type(java.nio.file.Path.class).paramLabel("FILE").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.to).getter(new Binding(c, 3)).setter(new Binding(c, 3))
                .withToString("field java.nio.file.Path advisor.cli.CommonOptions.to").build());
        s.addOption(OptionSpec.builder("--fields")
                .description("Only these fields (columns), in this order; an unknown field lists the valid ones.")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("F1,F2").splitRegex(",").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.fields).getter(new Binding(c, 4)).setter(new Binding(c, 4))
                .withToString("field java.util.List<String> advisor.cli.CommonOptions.fields").build());
        s.addOption(OptionSpec.builder("--lang")
                .description("Language of labels, notes and messages: en or zh (default: from LC_ALL / LANG, else en).")
                .type(advisor.model.Lang.class).paramLabel("LANG").scopeType(CommandLine.ScopeType.INHERIT)
                .converters(new Args.LangConverter())
                .initialValue(c.lang).getter(new Binding(c, 5)).setter(new Binding(c, 5))
                .withToString("field advisor.model.Lang advisor.cli.CommonOptions.lang").build());
        s.addOption(OptionSpec.builder("--as-of")
                .description("The day every date-dependent answer is computed for, such as overdue reviews (YYYY-MM-DD; default: today).")
                .type(java.time.LocalDate.class).paramLabel("DATE").scopeType(CommandLine.ScopeType.INHERIT)
                .converters(new Args.DateConverter())
                .initialValue(c.asOf).getter(new Binding(c, 6)).setter(new Binding(c, 6))
                .withToString("field java.time.LocalDate advisor.cli.CommonOptions.asOf").build());
        s.addOption(OptionSpec.builder("--no-color")
                .description("No colour or bold, even on a terminal.")
                .type(boolean.class).paramLabel("<noColor>").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.noColor).getter(new Binding(c, 7)).setter(new Binding(c, 7))
                .withToString("field boolean advisor.cli.CommonOptions.noColor").build());
        s.addOption(OptionSpec.builder("--stacktrace")
                .description("Print the stack trace of an internal error (for debugging).")
                .type(boolean.class).paramLabel("<stacktrace>").scopeType(CommandLine.ScopeType.INHERIT)
                .initialValue(c.stacktrace).getter(new Binding(c, 8)).setter(new Binding(c, 8))
                .withToString("field boolean advisor.cli.CommonOptions.stacktrace").build());
        return s;
    }

    /** picocli's -h and -V ({@code mixinStandardHelpOptions}), with its texts. */
    private static CommandSpec standardHelp() {
        CommandSpec s = CommandSpec.wrapWithoutInspection(new Object());
        s.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").descriptionKey("mixinStandardHelpOptions.help")
                .type(boolean.class).paramLabel("<helpRequested>").initialValue(false)
                .withToString("field boolean picocli.CommandLine$AutoHelpMixin.helpRequested").build());
        s.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").descriptionKey("mixinStandardHelpOptions.version")
                .type(boolean.class).paramLabel("<versionRequested>").initialValue(false)
                .withToString("field boolean picocli.CommandLine$AutoHelpMixin.versionRequested").build());
        return s;
    }

    private static CommandSpec advisorCommand(Env env, CommonOptions common) {
        AdvisorCommand c = new AdvisorCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.spec = s;
        s.name("advisor");
        s.versionProvider(new AdvisorCommand.Version());
        s.usageMessage().description("Choose libraries with weighted, explainable and sourced scores.");
        s.usageMessage().customSynopsis("advisor [-hV] [COMMON OPTIONS] [COMMAND]");
        c.common = common;
        s.addMixin("common", commonOptions(common));
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec libraryFilterOptions(LibraryFilterOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--category")
                .description("Only libraries of this category.")
                .type(String.class).paramLabel("CATEGORY")
                .initialValue(c.category).getter(new Binding(c, 9)).setter(new Binding(c, 9))
                .withToString("field String advisor.cli.LibraryFilterOptions.category").build());
        s.addOption(OptionSpec.builder("--scenario")
                .description("Only libraries a source rates for this scenario.")
                .type(String.class).paramLabel("SCENARIO")
                .initialValue(c.scenario).getter(new Binding(c, 10)).setter(new Binding(c, 10))
                .withToString("field String advisor.cli.LibraryFilterOptions.scenario").build());
        s.addOption(OptionSpec.builder("--tier")
                .description("Only libraries in this tier.")
                .type(String.class).paramLabel("TIER")
                .initialValue(c.tier).getter(new Binding(c, 11)).setter(new Binding(c, 11))
                .withToString("field String advisor.cli.LibraryFilterOptions.tier").build());
        s.addOption(OptionSpec.builder("--trend")
                .description("Only libraries of this trend.")
                .type(String.class).paramLabel("TREND")
                .initialValue(c.trend).getter(new Binding(c, 12)).setter(new Binding(c, 12))
                .withToString("field String advisor.cli.LibraryFilterOptions.trend").build());
        s.addOption(OptionSpec.builder("--scored")
                .description("Only libraries with a maturity score.")
                .type(boolean.class).paramLabel("<scoredOnly>")
                .initialValue(c.scoredOnly).getter(new Binding(c, 13)).setter(new Binding(c, 13))
                .withToString("field boolean advisor.cli.LibraryFilterOptions.scoredOnly").build());
        s.addOption(OptionSpec.builder("--ring")
                .description("Only libraries whose latest ring is this one (adopt, trial, assess, hold).")
                .type(String.class).paramLabel("RING")
                .initialValue(c.ring).getter(new Binding(c, 14)).setter(new Binding(c, 14))
                .withToString("field String advisor.cli.LibraryFilterOptions.ring").build());
        c.profile = new ProfileOption();
        s.addMixin("profile", profileOption(c.profile));
        return s;
    }

    private static CommandSpec profileOption(ProfileOption c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--profile")
                .description("Weight profile (default: ${DEFAULT-VALUE}); see 'advisor profiles'.")
                .type(String.class).paramLabel("PROFILE").defaultValue("balanced")
                .initialValue(c.name).getter(new Binding(c, 15)).setter(new Binding(c, 15))
                .withToString("field String advisor.cli.ProfileOption.name").build());
        return s;
    }

    private static CommandSpec listCommand(Env env, CommonOptions common) {
        ListCommand c = new ListCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("list");
        s.usageMessage().description("List libraries, filtered and sorted (scored libraries first).");
        c.filter = new LibraryFilterOptions();
        s.addMixin("filter", libraryFilterOptions(c.filter));
        s.addOption(OptionSpec.builder("--sort")
                .description("Sort by score, name, stars (GitHub stars) or first-release (default: ${DEFAULT-VALUE}).")
                .type(advisor.report.LibraryList.Sort.class).paramLabel("KEY").defaultValue("score")
                .converters(new Args.SortConverter())
                .initialValue(c.sort).getter(new Binding(c, 16)).setter(new Binding(c, 16))
                .withToString("field advisor.report.LibraryList$Sort advisor.cli.ListCommand.sort").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec showCommand(Env env, CommonOptions common) {
        ShowCommand c = new ShowCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("show");
        s.usageMessage().description("Show everything known about one library.");
        s.addPositional(PositionalParamSpec.builder().index("0")
                .description("Library id, name or alias (case-insensitive).")
                .type(String.class).required(true).paramLabel("LIB")
                .initialValue(c.name).getter(new Binding(c, 17)).setter(new Binding(c, 17))
                .withToString("field String advisor.cli.ShowCommand.name").build());
        c.profile = new ProfileOption();
        s.addMixin("profile", profileOption(c.profile));
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec recommendOptions(RecommendOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.weightOptions = new WeightOptions();
        s.addMixin("weightOptions", weightOptions(c.weightOptions));
        s.addOption(OptionSpec.builder("-s", "--scenario")
                .description("Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
                .type(String.class).required(true).paramLabel("SCENARIO")
                .initialValue(c.scenario).getter(new Binding(c, 19)).setter(new Binding(c, 19))
                .withToString("field String advisor.cli.RecommendOptions.scenario").build());
        s.addOption(OptionSpec.builder("--top")
                .description("Show the first N (default: ${DEFAULT-VALUE}).")
                .type(int.class).paramLabel("N").defaultValue("10")
                .converters(new Args.TopConverter())
                .initialValue(c.top).getter(new Binding(c, 20)).setter(new Binding(c, 20))
                .withToString("field int advisor.cli.RecommendOptions.top").build());
        s.addOption(OptionSpec.builder("--category")
                .description("Only libraries of this category.")
                .type(String.class).paramLabel("CATEGORY")
                .initialValue(c.category).getter(new Binding(c, 21)).setter(new Binding(c, 21))
                .withToString("field String advisor.cli.RecommendOptions.category").build());
        s.addOption(OptionSpec.builder("--min-tier")
                .description("Only libraries in this tier or a higher one.")
                .type(String.class).paramLabel("TIER")
                .initialValue(c.minTier).getter(new Binding(c, 22)).setter(new Binding(c, 22))
                .withToString("field String advisor.cli.RecommendOptions.minTier").build());
        c.fitWeight = new FitWeightOption();
        s.addMixin("fitWeight", fitWeightOption(c.fitWeight));
        s.addOption(OptionSpec.builder("--exclude-ring")
                .description("Leave out libraries whose latest ring is this one (repeatable), e.g. hold.")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("RING")
                .initialValue(c.excludeRings).getter(new Binding(c, 24)).setter(new Binding(c, 24))
                .withToString("field java.util.List<String> advisor.cli.RecommendOptions.excludeRings").build());
        s.addOption(OptionSpec.builder("--explain")
                .description("Show each part's contribution to the decision score.")
                .type(boolean.class).paramLabel("<explain>")
                .initialValue(c.explain).getter(new Binding(c, 25)).setter(new Binding(c, 25))
                .withToString("field boolean advisor.cli.RecommendOptions.explain").build());
        s.addOption(OptionSpec.builder("--why-not")
                .description("Say why this library is not ranked (or where it is).")
                .type(String.class).paramLabel("LIBRARY")
                .initialValue(c.whyNot).getter(new Binding(c, 26)).setter(new Binding(c, 26))
                .withToString("field String advisor.cli.RecommendOptions.whyNot").build());
        return s;
    }

    private static CommandSpec weightOptions(WeightOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.profile = new ProfileOption();
        s.addMixin("profile", profileOption(c.profile));
        s.addOption(OptionSpec.builder("--weight")
                .description("Override one dimension's weight (repeatable), e.g. --weight stability=3. Weights are normalised.")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("DIM=W")
                .initialValue(c.overrides).getter(new Binding(c, 18)).setter(new Binding(c, 18))
                .withToString("field java.util.List<String> advisor.cli.WeightOptions.overrides").build());
        return s;
    }

    private static CommandSpec fitWeightOption(FitWeightOption c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--fit-weight")
                .description("Balance of scenario fit against maturity, 0 to 1 (default: ${DEFAULT-VALUE}).")
                .type(double.class).paramLabel("F").defaultValue("0.5")
                .converters(new Args.FitWeightConverter())
                .initialValue(c.value).getter(new Binding(c, 23)).setter(new Binding(c, 23))
                .withToString("field double advisor.cli.FitWeightOption.value").build());
        return s;
    }

    private static CommandSpec decisionOptions(DecisionOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--status")
                .description("Status of the decision record with --format adr: proposed, accepted, rejected, deprecated, superseded by ... (default: ${DEFAULT-VALUE}).")
                .type(String.class).paramLabel("STATUS").defaultValue("proposed")
                .initialValue(c.status).getter(new Binding(c, 27)).setter(new Binding(c, 27))
                .withToString("field String advisor.cli.DecisionOptions.status").build());
        s.addOption(OptionSpec.builder("--decision-maker")
                .description("Who decides, for the decision record's front matter (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("NAME")
                .initialValue(c.decisionMakers).getter(new Binding(c, 28)).setter(new Binding(c, 28))
                .withToString("field java.util.List<String> advisor.cli.DecisionOptions.decisionMakers").build());
        s.addOption(OptionSpec.builder("--title")
                .description("Title of the decision record (default: from the question).")
                .type(String.class).paramLabel("TITLE")
                .initialValue(c.title).getter(new Binding(c, 29)).setter(new Binding(c, 29))
                .withToString("field String advisor.cli.DecisionOptions.title").build());
        return s;
    }

    private static CommandSpec recommendCommand(Env env, CommonOptions common) {
        RecommendCommand c = new RecommendCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("recommend");
        s.usageMessage().description("Rank libraries for a scenario by a blend of scenario fit and maturity.");
        c.ask = new RecommendOptions();
        s.addMixin("ask", recommendOptions(c.ask));
        c.decision = new DecisionOptions();
        s.addMixin("decision", decisionOptions(c.decision));
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec compareCommand(Env env, CommonOptions common) {
        CompareCommand c = new CompareCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("compare");
        s.usageMessage().description("Compare two or more libraries side by side.");
        c.weightOptions = new WeightOptions();
        s.addMixin("weightOptions", weightOptions(c.weightOptions));
        c.decision = new DecisionOptions();
        s.addMixin("decision", decisionOptions(c.decision));
        s.addPositional(PositionalParamSpec.builder().arity("2..*")
                .description("Two or more library ids, names or aliases.")
                .type(java.util.List.class).auxiliaryTypes(String.class).required(true).paramLabel("LIB")
                .initialValue(c.names).getter(new Binding(c, 30)).setter(new Binding(c, 30))
                .withToString("field java.util.List<String> advisor.cli.CompareCommand.names").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec radarCommand(Env env, CommonOptions common) {
        RadarCommand c = new RadarCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("radar");
        s.usageMessage().description("The catalog as a technology radar: --format svg for the picture, html for a page with the radar and its table; the other formats list the blips.");
        c.filter = new LibraryFilterOptions();
        s.addMixin("filter", libraryFilterOptions(c.filter));
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec stacksCommand(Env env, CommonOptions common) {
        StacksCommand c = new StacksCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("stacks");
        s.usageMessage().description("List the stacks: reference architectures and layered layouts from the sources.");
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec stackCommandShow(Env env, CommonOptions common) {
        StackCommand.Show c = new StackCommand.Show();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("show");
        s.usageMessage().description("Show one stack: its layers, how they connect, and for a reference architecture its choices and measured figures.");
        s.usageMessage().footer("", "Besides the common formats, --format mermaid prints the stack's layers as a Mermaid graph.");
        s.addPositional(PositionalParamSpec.builder().index("0")
                .description("Stack id or label (see 'advisor stacks').")
                .type(String.class).required(true).paramLabel("STACK")
                .initialValue(c.name).getter(new Binding(c, 31)).setter(new Binding(c, 31))
                .withToString("field String advisor.cli.StackCommand$Show.name").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec stackCommand(Env env, CommonOptions common) {
        StackCommand c = new StackCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("stack");
        s.usageMessage().description("Propose a whole stack for a scenario: one library per layer, with the evidence that the parts work together and the weakest link.");
        s.usageMessage().footer("", "Besides the common formats, --format mermaid prints the proposed stack as a Mermaid graph, which GitHub and GitLab wikis render.");
        c.weightOptions = new WeightOptions();
        s.addMixin("weightOptions", weightOptions(c.weightOptions));
        s.addOption(OptionSpec.builder("-s", "--scenario")
                .description("Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
                .type(String.class).paramLabel("SCENARIO")
                .initialValue(c.scenario).getter(new Binding(c, 32)).setter(new Binding(c, 32))
                .withToString("field String advisor.cli.StackCommand.scenario").build());
        s.addOption(OptionSpec.builder("--stack")
                .description("Fill this stack's layers (default: the first stack that serves the scenario; see 'advisor stacks').")
                .type(String.class).paramLabel("STACK")
                .initialValue(c.stack).getter(new Binding(c, 33)).setter(new Binding(c, 33))
                .withToString("field String advisor.cli.StackCommand.stack").build());
        c.fitWeight = new FitWeightOption();
        s.addMixin("fitWeight", fitWeightOption(c.fitWeight));
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        s.addSubcommand("show", new CommandLine(stackCommandShow(env, common)));
        return s;
    }

    private static CommandSpec validateCommand(Env env, CommonOptions common) {
        ValidateCommand c = new ValidateCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("validate");
        s.usageMessage().description("Check the catalog and report every problem with file, line and column.", "With --catalog DIR, the problems of those directories are counted and listed; the built-in catalog's own are summarised in one line (--all lists them), and --strict applies to what is counted. An error anywhere still fails the run: every other command would refuse the catalog.");
        s.addOption(OptionSpec.builder("--strict")
                .description("Treat warnings as errors (exit 3): the warnings counted.")
                .type(boolean.class).paramLabel("<strict>")
                .initialValue(c.strict).getter(new Binding(c, 34)).setter(new Binding(c, 34))
                .withToString("field boolean advisor.cli.ValidateCommand.strict").build());
        s.addOption(OptionSpec.builder("--all")
                .description("With --catalog, list the built-in catalog's problems too.")
                .type(boolean.class).paramLabel("<all>")
                .initialValue(c.all).getter(new Binding(c, 35)).setter(new Binding(c, 35))
                .withToString("field boolean advisor.cli.ValidateCommand.all").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec importCommand(Env env, CommonOptions common) {
        ImportCommand c = new ImportCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("import");
        s.usageMessage().description("Turn a team's radar (BYOR CSV/JSON, Zalando, AOE, Backstage), curated list (blessed.rs, are-we-learning-yet) or Markdown evaluation document into a catalog overlay directory.", "The format is detected unless --from names it. Entries matching a known library add their ring and notes to it; the rest become new, unscored libraries. Nothing is written when the input is bad, and an existing file with other content is only replaced with --force.");
        s.addPositional(PositionalParamSpec.builder().arity("1..*")
                .description("Radar files or folders (several editions build the history), or Markdown evaluation documents.")
                .type(java.util.List.class).auxiliaryTypes(java.nio.file.Path.class).required(true).paramLabel("FILE|DIR")
                .initialValue(c.inputs).getter(new Binding(c, 36)).setter(new Binding(c, 36))
                .withToString("field java.util.List<java.nio.file.Path> advisor.cli.ImportCommand.inputs").build());
        s.addOption(OptionSpec.builder("--from")
                .description("The input format: byor-csv, byor-json, zalando, aoe, backstage, blessed, awly, evaluation (default: detected).")
                .type(String.class).paramLabel("FORMAT")
                .initialValue(c.from).getter(new Binding(c, 37)).setter(new Binding(c, 37))
                .withToString("field String advisor.cli.ImportCommand.from").build());
        s.addOption(OptionSpec.builder("--date")
                .description("The edition date (YYYY-MM-DD) of inputs that carry none.")
                .type(String.class).paramLabel("DATE")
                .initialValue(c.date).getter(new Binding(c, 38)).setter(new Binding(c, 38))
                .withToString("field String advisor.cli.ImportCommand.date").build());
        s.addOption(OptionSpec.builder("--rings")
                .description("How to read rings: NAME=RING pairs, or ring ids by number for Zalando (default adopt,trial,assess,hold).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("NAMES").splitRegex(",")
                .initialValue(c.rings).getter(new Binding(c, 39)).setter(new Binding(c, 39))
                .withToString("field java.util.List<String> advisor.cli.ImportCommand.rings").build());
        s.addOption(OptionSpec.builder("--quadrants")
                .description("How to read quadrants: NAME=CATEGORY pairs, or names by number for Zalando (default Languages,Infrastructure,Datastores,Data Management).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("NAMES").splitRegex(",")
                .initialValue(c.quadrants).getter(new Binding(c, 40)).setter(new Binding(c, 40))
                .withToString("field java.util.List<String> advisor.cli.ImportCommand.quadrants").build());
        s.addOption(OptionSpec.builder("--force")
                .description("Replace files in DIR that exist with other content.")
                .type(boolean.class).paramLabel("<force>")
                .initialValue(c.force).getter(new Binding(c, 41)).setter(new Binding(c, 41))
                .withToString("field boolean advisor.cli.ImportCommand.force").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec exportCommand(Env env, CommonOptions common) {
        ExportCommand c = new ExportCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("export");
        s.usageMessage().description("Write the catalog as a radar: byor-csv, byor-json, zalando, backstage (a file) or aoe (a folder).", "Each library is in its latest ring, or, without one, in the ring the ring policy (rings.yaml) gives its tier; libraries with neither are left out and counted. The output is replaced in one step.");
        s.addPositional(PositionalParamSpec.builder().index("0")
                .description("byor-csv, byor-json, zalando, backstage or aoe.")
                .type(String.class).required(true).paramLabel("FORMAT")
                .initialValue(c.format).getter(new Binding(c, 42)).setter(new Binding(c, 42))
                .withToString("field String advisor.cli.ExportCommand.format").build());
        s.addOption(OptionSpec.builder("--only-overlays")
                .description("Only libraries (or rings) from the --catalog directories.")
                .type(boolean.class).paramLabel("<onlyOverlays>")
                .initialValue(c.onlyOverlays).getter(new Binding(c, 43)).setter(new Binding(c, 43))
                .withToString("field boolean advisor.cli.ExportCommand.onlyOverlays").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec diffCommand(Env env, CommonOptions common) {
        DiffCommand c = new DiffCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("diff");
        s.usageMessage().description("What changed between two catalog directories (or two radar editions of one import format): libraries added and removed, ring moves, score and tier changes, changed facts.", "Exit 0 whether or not they differ. --format markdown writes a \"what changed\" wiki page.");
        s.addPositional(PositionalParamSpec.builder().index("0")
                .description("The earlier catalog directory or radar file.")
                .type(java.nio.file.Path.class).required(true).paramLabel("OLD")
                .initialValue(c.old).getter(new Binding(c, 44)).setter(new Binding(c, 44))
                .withToString("field java.nio.file.Path advisor.cli.DiffCommand.old").build());
        s.addPositional(PositionalParamSpec.builder().index("1")
                .description("The later catalog directory or radar file.")
                .type(java.nio.file.Path.class).required(true).paramLabel("NEW")
                .initialValue(c.updated).getter(new Binding(c, 45)).setter(new Binding(c, 45))
                .withToString("field java.nio.file.Path advisor.cli.DiffCommand.updated").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec referenceCommand(ReferenceCommand.Listing listing, Env env, CommonOptions common) {
        ReferenceCommand c = new ReferenceCommand(listing);
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name(listing.command());
        s.usageMessage().description(listing.description);
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec publishCommand(Env env, CommonOptions common) {
        PublishCommand c = new PublishCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("publish");
        s.usageMessage().description("Write the wiki section: linked Markdown (or HTML) pages for every scenario, library, category and trend.", "When the catalog has them, also the stacks and the radar picture; with --since DIR, what changed since that earlier catalog.", "The pages go to the directory given by --to (-o html makes a self-contained static site). Every page is rendered before any is written; a changed page replaces the old one in one step, an unchanged page keeps its bytes and modification time.");
        c.profile = new ProfileOption();
        s.addMixin("profile", profileOption(c.profile));
        s.addOption(OptionSpec.builder("--since")
                .description("An earlier catalog directory: adds a page of what changed since it (as 'advisor diff DIR' shows).")
                .type(java.nio.file.Path.class).paramLabel("DIR")
                .initialValue(c.since).getter(new Binding(c, 46)).setter(new Binding(c, 46))
                .withToString("field java.nio.file.Path advisor.cli.PublishCommand.since").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec libraryOptions(LibraryOptions c) {
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.addOption(OptionSpec.builder("--id")
                .description("Library id (lower case, digits, hyphens); without it a terminal prompts.")
                .type(String.class).paramLabel("<id>")
                .initialValue(c.id).getter(new Binding(c, 47)).setter(new Binding(c, 47))
                .withToString("field String advisor.cli.LibraryOptions.id").build());
        s.addOption(OptionSpec.builder("--name")
                .description("Display name.")
                .type(String.class).paramLabel("<name>")
                .initialValue(c.name).getter(new Binding(c, 48)).setter(new Binding(c, 48))
                .withToString("field String advisor.cli.LibraryOptions.name").build());
        s.addOption(OptionSpec.builder("--alias")
                .description("Another name (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("NAME")
                .initialValue(c.aliases).getter(new Binding(c, 49)).setter(new Binding(c, 49))
                .withToString("field java.util.List<String> advisor.cli.LibraryOptions.aliases").build());
        s.addOption(OptionSpec.builder("--category")
                .description("Category id or label.")
                .type(String.class).paramLabel("<category>")
                .initialValue(c.category).getter(new Binding(c, 50)).setter(new Binding(c, 50))
                .withToString("field String advisor.cli.LibraryOptions.category").build());
        s.addOption(OptionSpec.builder("--repository")
                .description("GitHub owner/name or a URL.")
                .type(String.class).paramLabel("<repository>")
                .initialValue(c.repository).getter(new Binding(c, 51)).setter(new Binding(c, 51))
                .withToString("field String advisor.cli.LibraryOptions.repository").build());
        s.addOption(OptionSpec.builder("--summary")
                .description("What it is for, one sentence (in the --lang language).")
                .type(String.class).paramLabel("<summary>")
                .initialValue(c.summary).getter(new Binding(c, 52)).setter(new Binding(c, 52))
                .withToString("field String advisor.cli.LibraryOptions.summary").build());
        s.addOption(OptionSpec.builder("--source")
                .description("Source id of every item (from sources.yaml).")
                .type(String.class).paramLabel("<source>")
                .initialValue(c.source).getter(new Binding(c, 53)).setter(new Binding(c, 53))
                .withToString("field String advisor.cli.LibraryOptions.source").build());
        s.addOption(OptionSpec.builder("--date")
                .description("When the evaluation was made (default: today).")
                .type(String.class).paramLabel("YYYY-MM-DD")
                .initialValue(c.date).getter(new Binding(c, 54)).setter(new Binding(c, 54))
                .withToString("field String advisor.cli.LibraryOptions.date").build());
        s.addOption(OptionSpec.builder("--fact")
                .description("A fact, e.g. version=0.3.0 or 'version=0.3.0 (2025-10)' (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(Args.Pair.class).paramLabel("KEY=VALUE")
                .converters(new Args.FactConverter())
                .initialValue(c.facts).getter(new Binding(c, 55)).setter(new Binding(c, 55))
                .withToString("field java.util.List<advisor.cli.Args$Pair> advisor.cli.LibraryOptions.facts").build());
        s.addOption(OptionSpec.builder("--score")
                .description("A dimension score 0-5 with an optional note (repeatable; all seven or none).")
                .type(java.util.List.class).auxiliaryTypes(Args.Pair.class).paramLabel("DIM=N[:NOTE]")
                .converters(new Args.ScoreConverter())
                .initialValue(c.scores).getter(new Binding(c, 56)).setter(new Binding(c, 56))
                .withToString("field java.util.List<advisor.cli.Args$Pair> advisor.cli.LibraryOptions.scores").build());
        s.addOption(OptionSpec.builder("--composite")
                .description("The composite score the evaluator reports (with --tier).")
                .type(String.class).paramLabel("N")
                .initialValue(c.composite).getter(new Binding(c, 57)).setter(new Binding(c, 57))
                .withToString("field String advisor.cli.LibraryOptions.composite").build());
        s.addOption(OptionSpec.builder("--tier")
                .description("The tier the evaluator reports.")
                .type(String.class).paramLabel("<tier>")
                .initialValue(c.tier).getter(new Binding(c, 58)).setter(new Binding(c, 58))
                .withToString("field String advisor.cli.LibraryOptions.tier").build());
        s.addOption(OptionSpec.builder("--scenario")
                .description("A scenario rating, 1-5 stars (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(Args.Pair.class).paramLabel("S=STARS[:NOTE]")
                .converters(new Args.RatingConverter())
                .initialValue(c.scenarios).getter(new Binding(c, 59)).setter(new Binding(c, 59))
                .withToString("field java.util.List<advisor.cli.Args$Pair> advisor.cli.LibraryOptions.scenarios").build());
        s.addOption(OptionSpec.builder("--strength")
                .description("A strength (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("TEXT")
                .initialValue(c.strengths).getter(new Binding(c, 60)).setter(new Binding(c, 60))
                .withToString("field java.util.List<String> advisor.cli.LibraryOptions.strengths").build());
        s.addOption(OptionSpec.builder("--limitation")
                .description("A limitation (repeatable).")
                .type(java.util.List.class).auxiliaryTypes(String.class).paramLabel("TEXT")
                .initialValue(c.limitations).getter(new Binding(c, 61)).setter(new Binding(c, 61))
                .withToString("field java.util.List<String> advisor.cli.LibraryOptions.limitations").build());
        return s;
    }

    private static CommandSpec addCommand(Env env, CommonOptions common) {
        AddCommand c = new AddCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("add");
        s.usageMessage().description("Add one library file to a catalog directory: from options, or at a terminal by prompts (completion, each answer checked).", "Validates the file with the catalog it joins and prints it; never replaces an existing file without --force.");
        c.library = new LibraryOptions();
        s.addMixin("library", libraryOptions(c.library));
        s.addOption(OptionSpec.builder("--force")
                .description("Replace an existing library file.")
                .type(boolean.class).paramLabel("<force>")
                .initialValue(c.force).getter(new Binding(c, 62)).setter(new Binding(c, 62))
                .withToString("field boolean advisor.cli.AddCommand.force").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec shellCommand(Env env, CommonOptions common) {
        ShellCommand c = new ShellCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.spec = s;
        c.env = env;
        c.common = common;
        s.name("shell");
        s.usageMessage().description("Interactive shell with completion and history; runs one command per line when stdin is not a terminal.", "The common options given to it apply to every line; a line's own win. 'exit' or 'quit' leaves; 'reload' reads the catalog files again (edited files are noticed by themselves).");
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec completionCommand(Env env, CommonOptions common) {
        CompletionCommand c = new CompletionCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.env = env;
        c.common = common;
        s.name("completion");
        s.usageMessage().description("Print the completion script for bash, zsh or fish (completions/ holds the same scripts).");
        s.addPositional(PositionalParamSpec.builder().index("0")
                .description("bash, zsh or fish.")
                .type(String.class).required(true).paramLabel("SHELL")
                .initialValue(c.shell).getter(new Binding(c, 63)).setter(new Binding(c, 63))
                .withToString("field String advisor.cli.CompletionCommand.shell").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec manCommand(Env env, CommonOptions common) {
        ManCommand c = new ManCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        c.spec = s;
        c.env = env;
        c.common = common;
        s.name("man");
        s.usageMessage().description("Print the manual page in roff (src/man/advisor.1 holds the same page; view it with 'man ./src/man/advisor.1').");
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    private static CommandSpec helpCommand(Env env, CommonOptions common) {
        HelpCommand c = new HelpCommand();
        CommandSpec s = CommandSpec.wrapWithoutInspection(c);
        s.name("help");
        s.helpCommand(true);
        s.usageMessage().description("Show the help of the tool, or of one command (the same as 'advisor COMMAND --help').");
        s.addPositional(PositionalParamSpec.builder().arity("0..1")
                .description("The command to show the help of.")
                .type(String.class).paramLabel("COMMAND")
                .initialValue(c.command).getter(new Binding(c, 64)).setter(new Binding(c, 64))
                .withToString("field String advisor.cli.HelpCommand.command").build());
        s.addMixin("mixinStandardHelpOptions", standardHelp());
        return s;
    }

    /** Reads and writes the field an option or positional binds to, by its number. */
    private record Binding(Object target, int field) implements IGetter, ISetter {
        @Override
        public <T> T get() {
            return (T) value();
        }

        @Override
        public <T> T set(T value) {
            Object old = value();
            switch (field) {
                case 0:
                    ((CommonOptions) target).catalogs = (java.util.List<java.nio.file.Path>) value;
                    break;
                case 1:
                    ((CommonOptions) target).noBuiltin = (Boolean) value;
                    break;
                case 2:
                    ((CommonOptions) target).format = (advisor.render.Format) value;
                    break;
                case 3:
                    ((CommonOptions) target).to = (java.nio.file.Path) value;
                    break;
                case 4:
                    ((CommonOptions) target).fields = (java.util.List<java.lang.String>) value;
                    break;
                case 5:
                    ((CommonOptions) target).lang = (advisor.model.Lang) value;
                    break;
                case 6:
                    ((CommonOptions) target).asOf = (java.time.LocalDate) value;
                    break;
                case 7:
                    ((CommonOptions) target).noColor = (Boolean) value;
                    break;
                case 8:
                    ((CommonOptions) target).stacktrace = (Boolean) value;
                    break;
                case 9:
                    ((LibraryFilterOptions) target).category = (java.lang.String) value;
                    break;
                case 10:
                    ((LibraryFilterOptions) target).scenario = (java.lang.String) value;
                    break;
                case 11:
                    ((LibraryFilterOptions) target).tier = (java.lang.String) value;
                    break;
                case 12:
                    ((LibraryFilterOptions) target).trend = (java.lang.String) value;
                    break;
                case 13:
                    ((LibraryFilterOptions) target).scoredOnly = (Boolean) value;
                    break;
                case 14:
                    ((LibraryFilterOptions) target).ring = (java.lang.String) value;
                    break;
                case 15:
                    ((ProfileOption) target).name = (java.lang.String) value;
                    break;
                case 16:
                    ((ListCommand) target).sort = (advisor.report.LibraryList.Sort) value;
                    break;
                case 17:
                    ((ShowCommand) target).name = (java.lang.String) value;
                    break;
                case 18:
                    ((WeightOptions) target).overrides = (java.util.List<java.lang.String>) value;
                    break;
                case 19:
                    ((RecommendOptions) target).scenario = (java.lang.String) value;
                    break;
                case 20:
                    ((RecommendOptions) target).top = (Integer) value;
                    break;
                case 21:
                    ((RecommendOptions) target).category = (java.lang.String) value;
                    break;
                case 22:
                    ((RecommendOptions) target).minTier = (java.lang.String) value;
                    break;
                case 23:
                    ((FitWeightOption) target).value = (Double) value;
                    break;
                case 24:
                    ((RecommendOptions) target).excludeRings = (java.util.List<java.lang.String>) value;
                    break;
                case 25:
                    ((RecommendOptions) target).explain = (Boolean) value;
                    break;
                case 26:
                    ((RecommendOptions) target).whyNot = (java.lang.String) value;
                    break;
                case 27:
                    ((DecisionOptions) target).status = (java.lang.String) value;
                    break;
                case 28:
                    ((DecisionOptions) target).decisionMakers = (java.util.List<java.lang.String>) value;
                    break;
                case 29:
                    ((DecisionOptions) target).title = (java.lang.String) value;
                    break;
                case 30:
                    ((CompareCommand) target).names = (java.util.List<java.lang.String>) value;
                    break;
                case 31:
                    ((StackCommand.Show) target).name = (java.lang.String) value;
                    break;
                case 32:
                    ((StackCommand) target).scenario = (java.lang.String) value;
                    break;
                case 33:
                    ((StackCommand) target).stack = (java.lang.String) value;
                    break;
                case 34:
                    ((ValidateCommand) target).strict = (Boolean) value;
                    break;
                case 35:
                    ((ValidateCommand) target).all = (Boolean) value;
                    break;
                case 36:
                    ((ImportCommand) target).inputs = (java.util.List<java.nio.file.Path>) value;
                    break;
                case 37:
                    ((ImportCommand) target).from = (java.lang.String) value;
                    break;
                case 38:
                    ((ImportCommand) target).date = (java.lang.String) value;
                    break;
                case 39:
                    ((ImportCommand) target).rings = (java.util.List<java.lang.String>) value;
                    break;
                case 40:
                    ((ImportCommand) target).quadrants = (java.util.List<java.lang.String>) value;
                    break;
                case 41:
                    ((ImportCommand) target).force = (Boolean) value;
                    break;
                case 42:
                    ((ExportCommand) target).format = (java.lang.String) value;
                    break;
                case 43:
                    ((ExportCommand) target).onlyOverlays = (Boolean) value;
                    break;
                case 44:
                    ((DiffCommand) target).old = (java.nio.file.Path) value;
                    break;
                case 45:
                    ((DiffCommand) target).updated = (java.nio.file.Path) value;
                    break;
                case 46:
                    ((PublishCommand) target).since = (java.nio.file.Path) value;
                    break;
                case 47:
                    ((LibraryOptions) target).id = (java.lang.String) value;
                    break;
                case 48:
                    ((LibraryOptions) target).name = (java.lang.String) value;
                    break;
                case 49:
                    ((LibraryOptions) target).aliases = (java.util.List<java.lang.String>) value;
                    break;
                case 50:
                    ((LibraryOptions) target).category = (java.lang.String) value;
                    break;
                case 51:
                    ((LibraryOptions) target).repository = (java.lang.String) value;
                    break;
                case 52:
                    ((LibraryOptions) target).summary = (java.lang.String) value;
                    break;
                case 53:
                    ((LibraryOptions) target).source = (java.lang.String) value;
                    break;
                case 54:
                    ((LibraryOptions) target).date = (java.lang.String) value;
                    break;
                case 55:
                    ((LibraryOptions) target).facts = (java.util.List<advisor.cli.Args.Pair>) value;
                    break;
                case 56:
                    ((LibraryOptions) target).scores = (java.util.List<advisor.cli.Args.Pair>) value;
                    break;
                case 57:
                    ((LibraryOptions) target).composite = (java.lang.String) value;
                    break;
                case 58:
                    ((LibraryOptions) target).tier = (java.lang.String) value;
                    break;
                case 59:
                    ((LibraryOptions) target).scenarios = (java.util.List<advisor.cli.Args.Pair>) value;
                    break;
                case 60:
                    ((LibraryOptions) target).strengths = (java.util.List<java.lang.String>) value;
                    break;
                case 61:
                    ((LibraryOptions) target).limitations = (java.util.List<java.lang.String>) value;
                    break;
                case 62:
                    ((AddCommand) target).force = (Boolean) value;
                    break;
                case 63:
                    ((CompletionCommand) target).shell = (java.lang.String) value;
                    break;
                case 64:
                    ((HelpCommand) target).command = (java.lang.String) value;
                    break;
                default:
                    throw new IllegalStateException("no field " + field);
            }
            return (T) old;
        }

        private Object value() {
            switch (field) {
                case 0:
                    return ((CommonOptions) target).catalogs;
                case 1:
                    return ((CommonOptions) target).noBuiltin;
                case 2:
                    return ((CommonOptions) target).format;
                case 3:
                    return ((CommonOptions) target).to;
                case 4:
                    return ((CommonOptions) target).fields;
                case 5:
                    return ((CommonOptions) target).lang;
                case 6:
                    return ((CommonOptions) target).asOf;
                case 7:
                    return ((CommonOptions) target).noColor;
                case 8:
                    return ((CommonOptions) target).stacktrace;
                case 9:
                    return ((LibraryFilterOptions) target).category;
                case 10:
                    return ((LibraryFilterOptions) target).scenario;
                case 11:
                    return ((LibraryFilterOptions) target).tier;
                case 12:
                    return ((LibraryFilterOptions) target).trend;
                case 13:
                    return ((LibraryFilterOptions) target).scoredOnly;
                case 14:
                    return ((LibraryFilterOptions) target).ring;
                case 15:
                    return ((ProfileOption) target).name;
                case 16:
                    return ((ListCommand) target).sort;
                case 17:
                    return ((ShowCommand) target).name;
                case 18:
                    return ((WeightOptions) target).overrides;
                case 19:
                    return ((RecommendOptions) target).scenario;
                case 20:
                    return ((RecommendOptions) target).top;
                case 21:
                    return ((RecommendOptions) target).category;
                case 22:
                    return ((RecommendOptions) target).minTier;
                case 23:
                    return ((FitWeightOption) target).value;
                case 24:
                    return ((RecommendOptions) target).excludeRings;
                case 25:
                    return ((RecommendOptions) target).explain;
                case 26:
                    return ((RecommendOptions) target).whyNot;
                case 27:
                    return ((DecisionOptions) target).status;
                case 28:
                    return ((DecisionOptions) target).decisionMakers;
                case 29:
                    return ((DecisionOptions) target).title;
                case 30:
                    return ((CompareCommand) target).names;
                case 31:
                    return ((StackCommand.Show) target).name;
                case 32:
                    return ((StackCommand) target).scenario;
                case 33:
                    return ((StackCommand) target).stack;
                case 34:
                    return ((ValidateCommand) target).strict;
                case 35:
                    return ((ValidateCommand) target).all;
                case 36:
                    return ((ImportCommand) target).inputs;
                case 37:
                    return ((ImportCommand) target).from;
                case 38:
                    return ((ImportCommand) target).date;
                case 39:
                    return ((ImportCommand) target).rings;
                case 40:
                    return ((ImportCommand) target).quadrants;
                case 41:
                    return ((ImportCommand) target).force;
                case 42:
                    return ((ExportCommand) target).format;
                case 43:
                    return ((ExportCommand) target).onlyOverlays;
                case 44:
                    return ((DiffCommand) target).old;
                case 45:
                    return ((DiffCommand) target).updated;
                case 46:
                    return ((PublishCommand) target).since;
                case 47:
                    return ((LibraryOptions) target).id;
                case 48:
                    return ((LibraryOptions) target).name;
                case 49:
                    return ((LibraryOptions) target).aliases;
                case 50:
                    return ((LibraryOptions) target).category;
                case 51:
                    return ((LibraryOptions) target).repository;
                case 52:
                    return ((LibraryOptions) target).summary;
                case 53:
                    return ((LibraryOptions) target).source;
                case 54:
                    return ((LibraryOptions) target).date;
                case 55:
                    return ((LibraryOptions) target).facts;
                case 56:
                    return ((LibraryOptions) target).scores;
                case 57:
                    return ((LibraryOptions) target).composite;
                case 58:
                    return ((LibraryOptions) target).tier;
                case 59:
                    return ((LibraryOptions) target).scenarios;
                case 60:
                    return ((LibraryOptions) target).strengths;
                case 61:
                    return ((LibraryOptions) target).limitations;
                case 62:
                    return ((AddCommand) target).force;
                case 63:
                    return ((CompletionCommand) target).shell;
                case 64:
                    return ((HelpCommand) target).command;
                default:
                    throw new IllegalStateException("no field " + field);
            }
        }
    }
}
