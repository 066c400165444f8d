package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * {@code CommandModel.java}, the command model advisor builds at start-up through picocli's programmatic API,
 * is generated from the annotated command classes by {@link CommandModelGenerator}: this test fails when the
 * committed file is not what the annotations give (regenerate it with
 * {@code ./mvnw -q test -Dtest=CommandModelTest -Dmodel.update=true}), and proves the generated model the same
 * as the one picocli builds by reflection: every attribute of every command, option and positional, the
 * usage help, and what argument lines parse to.
 */
class CommandModelTest {
    static final Path FILE = Path.of("src/main/java/advisor/cli/CommandModel.java");
    private static final boolean UPDATE = Boolean.getBoolean("model.update");

    @Test
    void theLaunchersListOfCommonOptionsWithAValueIsTheModels() throws IOException {
        // the launcher finds the command word past them, to pick a Java 25 cache and a collector
        String launcher = Files.readString(Path.of("advisor"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n\\s*([-a-z|]+)\\) (?:[A-Z]+=1; )?skip=1 ;;")
                .matcher(launcher);
        Set<String> skipped = new java.util.TreeSet<>();
        while (m.find()) {
            skipped.addAll(List.of(m.group(1).split("\\|")));
        }
        assertThat(skipped).as("the launcher's cases of options that take a value").isEqualTo(new java.util.TreeSet<>(
                CommandModel.COMMON_VALUE_OPTIONS));
    }

    @Test
    void theGeneratedModelIsWhatTheAnnotationsGive() throws IOException {
        String generated = new CommandModelGenerator(reflective(new Main(env()), env())).source();
        if (UPDATE) {
            Files.writeString(FILE, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(FILE, StandardCharsets.UTF_8))
                .as("%s is stale: a command's annotations changed; regenerate it with -Dtest=CommandModelTest "
                        + "-Dmodel.update=true", FILE)
                .isEqualTo(generated);
    }

    @Test
    void everyCommandHasTheModelReflectionGives() {
        org.assertj.core.api.SoftAssertions.assertSoftly(softly -> everyCommand(softly));
    }

    private void everyCommand(org.assertj.core.api.SoftAssertions softly) {
        CommandLine generated = new Main(env()).commandLine();
        CommandLine reflected = reflective(new Main(env()), env());
        softly.assertThat(names(generated)).isEqualTo(names(reflected));
        for (String name : names(reflected)) {
            CommandSpec g = command(generated, name).getCommandSpec();
            CommandSpec r = command(reflected, name).getCommandSpec();
            softly.assertThat(describe(g)).as(name).isEqualTo(describe(r));
            softly.assertThat(describe(g.usageMessage())).as(name).isEqualTo(describe(r.usageMessage()));
            softly.assertThat(describe(g.parser())).as(name).isEqualTo(describe(r.parser()));
            softly.assertThat(g.mixins().keySet()).as(name).isEqualTo(r.mixins().keySet());
            softly.assertThat(g.options()).as(name).hasSameSizeAs(r.options());
            for (int i = 0; i < r.options().size(); i++) {
                softly.assertThat(describe(g.options().get(i))).as(name + " " + r.options().get(i)).isEqualTo(describe(r.options().get(i)));
            }
            softly.assertThat(g.positionalParameters()).as(name).hasSameSizeAs(r.positionalParameters());
            for (int i = 0; i < r.positionalParameters().size(); i++) {
                softly.assertThat(describe(g.positionalParameters().get(i))).as(name + " " + i)
                        .isEqualTo(describe(r.positionalParameters().get(i)));
            }
            softly.assertThat(command(generated, name).getUsageMessage()).as(name).isEqualTo(command(reflected, name).getUsageMessage());
        }
    }

    /** Help, versions and usage errors, as the user gets them, in both languages. */
    static Stream<String> lines() {
        return Stream.of("", "--help", "-h", "--version", "-V", "--lang zh --help", "--lang zh -V --no-color", "-Vh",
                "-V --bogus", "--to -h -V", "-V -- list", "--catalog=x --version", "-V list", "--version --lang", "help", "help recommend",
                "help stack", "--lang zh help compare", "stack show --help", "stack show", "recommend", "recommend --top x",
                "recommend --top 0 -s rag", "recommend --fit-weight 2 -s rag", "list --sort nope", "list --format nope",
                "list --lang fr", "--as-of 2025-13-01 list", "list --bogus", "lisst", "compare a", "show", "diff a",
                "completion", "export", "import", "--catalog", "list -o", "help nope", "list --fields", "man --help",
                "--lang zh recommend --help", "shell --help", "completion --help", "add --help", "publish --help",
                "validate --help", "radar --help", "diff --help", "import --help", "export --help", "scenarios --help",
                "list --help", "show --help", "compare --help", "stacks --help", "stack --help", "dimensions -h",
                "profiles -h", "trends -h", "sources -h", "categories -h");
    }

    @ParameterizedTest
    @MethodSource("lines")
    void helpAndErrorsAreTheSame(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(run(false, args)).isEqualTo(run(true, args));
    }

    /** A one-shot run builds only the commands a line needs (the version: none): it answers as the whole tree does. */
    @ParameterizedTest
    @MethodSource("lines")
    void oneShotTreesAnswerAsTheWholeTree(String line) {
        String[] args = line.isEmpty() ? new String[0] : line.split(" ");
        assertThat(run(null, args)).isEqualTo(run(true, args));
    }

    @Test
    void theVersionAloneNeedsNoCommand() {
        assertThat(Main.versionOnly(new String[] {"--version"})).isTrue();
        assertThat(Main.versionOnly(new String[] {"--lang", "zh", "-V", "--no-color", "--catalog=x"})).isTrue();
        assertThat(Main.versionOnly(new String[] {"--lang", "zh"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"-V", "-h"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"-Vh"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"--to", "-h", "-V"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"-V", "--", "list"})).isFalse();
        assertThat(Main.versionOnly(new String[] {"-V", "--bogus"})).isFalse();
    }

    /** What argument lines parse to: every option and positional's value, in every command of the line. */
    static Stream<String> parsed() {
        return Stream.of("list", "--catalog a list --catalog b --fields id,score -o json", "--lang ZH show x --as-of 2025-01-31",
                "recommend -s rag --top 3 --fit-weight 0.25 --exclude-ring hold --exclude-ring trial --explain --weight stability=3",
                "recommend --scenario=rag --status accepted --decision-maker A --decision-maker B --title T --why-not x -o adr",
                "compare a b c --profile startup --format markdown", "radar --ring adopt --scored -o svg",
                "list --category db --scenario rag --tier A --trend t --sort name --profile startup",
                "stack --scenario rag --stack s --fit-weight 1", "stack show s -o mermaid", "stacks", "validate --all",
                "import a b --to out --from byor-csv --rings A,B --quadrants X,Y --force", "export byor-csv --to f",
                "diff a b -o markdown", "publish --to site -o html", "add --to dir --force", "completion bash", "help list",
                "man", "shell --no-color", "scenarios --stacktrace", "--no-builtin-catalog trends", "sources --to x",
                "dimensions", "profiles", "categories");
    }

    @ParameterizedTest
    @MethodSource("parsed")
    void argumentLinesParseTheSame(String line) {
        String[] args = line.split(" ");
        assertThat(parse(false, args)).isEqualTo(parse(true, args));
    }

    private static List<String> parse(boolean generated, String[] args) {
        Main main = new Main(env());
        CommandLine tree = generated ? main.commandLine() : reflective(main, env());
        List<String> seen = new ArrayList<>();
        try {
            ParseResult r = tree.parseArgs(args);
            CommonOptions.addUp(r);
            for (ParseResult p = r; p != null; p = p.subcommand()) {
                seen.add(p.commandSpec().qualifiedName());
                for (ArgSpec a : p.commandSpec().args()) {
                    seen.add(a + " = " + value(a.getValue()) + (p.hasMatchedOption(a instanceof CommandLine.Model.OptionSpec o
                            ? o.longestName() : "") ? " (given)" : ""));
                }
            }
        } catch (CommandLine.ParameterException e) {
            seen.add("refused: " + e.getMessage() + " " + (e.getCause() == null ? "" : e.getCause().getMessage()));
        }
        assertThat(seen).isNotEmpty();
        return seen;
    }

    /** A run through the generated whole tree, the reflective one, or (null) the tree a one-shot run builds. */
    private static String run(Boolean generated, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Env env = Env.of(new PrintWriter(out), new PrintWriter(err), Map.of(), () -> Cli.TODAY,
                new ByteArrayInputStream(new byte[0]));
        Main main = new Main(env);
        if (generated != null) {
            main.commandLine = generated ? main.commandLine() : reflective(main, env);
        }
        int code = main.run(args);
        return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }

    private static Env env() {
        return Env.of(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), Map.of(), () -> Cli.TODAY,
                new ByteArrayInputStream(new byte[0]));
    }

    private static List<String> names(CommandLine root) {
        List<String> all = new ArrayList<>();
        all.add("advisor");
        root.getSubcommands().forEach((name, sub) -> {
            all.add(name);
            sub.getSubcommands().keySet().forEach(n -> all.add(name + " " + n));
        });
        return all;
    }

    private static CommandLine command(CommandLine root, String name) {
        CommandLine c = root;
        for (String part : name.split(" ")) {
            c = part.equals("advisor") ? c : c.getSubcommands().get(part);
        }
        return c;
    }

    /**
     * Every attribute of a model object that its public getters show, as text: values by their text, arrays
     * and lists item by item, classes by name; what binds the model to the objects (getters, setters, the
     * annotated element, the user object, the parent) and what holds parse state is left out.
     */
    private static Map<String, String> describe(Object o) {
        Map<String, String> d = new TreeMap<>();
        Set<String> skip = Set.of("getter", "setter", "scope", "userObject", "annotatedElement", "commandLine", "parent",
                "root", "command", "group", "subcommands", "mixins", "mixinAnnotatedElements", "options", "optionsMap",
                "posixOptionsMap", "negatedOptionsMap", "positionalParameters", "args", "argGroups", "requiredArgs",
                "stringValues", "originalStringValues", "typedValues", "rawStringValues", "messages", "resourceBundle",
                "preprocessor", "parameterConsumer", "hashCode", "toString", "getClass", "unmatchedArgsBindings",
                "specElements", "defaultValueProvider", "modelTransformer", "interpolator",
                "sectionMap", "sectionKeys", "helpSectionRenderers", "colorScheme", "getValue", "inherited",
                "argSpecs", "mixinStandardHelpOptions", "initialValue", "addMethodSubcommands", "prompt", "descriptionKey");
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers()) || skip.contains(m.getName())
                    || m.getReturnType() == void.class || !m.getDeclaringClass().getName().startsWith("picocli")) {
                continue;
            }
            try {
                d.put(m.getName(), value(m.invoke(o)));
            } catch (ReflectiveOperationException e) {
                d.put(m.getName(), "threw " + e.getCause());
            }
        }
        if (o instanceof ArgSpec a) {
            d.put("initialValue", value(a.initialValue()));
            d.put("inherited", String.valueOf(a.inherited()));
            d.put("typeInfo", a.typeInfo().getClassName() + " " + value(a.typeInfo().getAuxiliaryTypeInfos().stream()
                    .map(CommandLine.Model.ITypeInfo::getClassName).toList()) + " collection " + a.typeInfo().isCollection()
                    + " map " + a.typeInfo().isMap() + " array " + a.typeInfo().isArray() + " enum " + a.typeInfo().isEnum()
                    + " boolean " + a.typeInfo().isBoolean() + " optional " + a.typeInfo().isOptional()
                    + " " + value(a.typeInfo().getEnumConstantNames()));
            d.put("parameterConsumer", String.valueOf(a.parameterConsumer()));
            // picocli reads these two only when not empty (a prompt only for interactive options, which the
            // generator refuses): the annotations give "" where the builder gives null
            d.put("prompt", a.prompt() == null ? "" : a.prompt());
            d.put("descriptionKey", a.descriptionKey() == null ? "" : a.descriptionKey());
        }
        if (o instanceof CommandSpec c) {
            d.put("userObject", c.userObject().getClass().getName());
            d.put("subcommands", String.valueOf(c.subcommands().keySet()));
            d.put("mixinStandardHelpOptions", String.valueOf(c.mixinStandardHelpOptions()));
            d.put("parent", c.parent() == null ? "-" : c.parent().qualifiedName());
        }
        return d;
    }

    private static String value(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Object[] a) {
            return value(Arrays.asList(a));
        }
        if (v instanceof Collection<?> c) {
            return c.stream().map(CommandModelTest::value).toList().toString();
        }
        if (v instanceof Class<?> c) {
            return c.getName();
        }
        if (v instanceof CommandLine.Range r) {
            return r + (r.isUnspecified() ? " unspecified" : "") + (r.isRelative() ? " relative" : "");
        }
        if (v instanceof CommandLine.ITypeConverter<?> || v instanceof CommandLine.IVersionProvider) {
            return v.getClass().getName();
        }
        if (v instanceof Iterable<?> i && !(v instanceof Path)) {
            List<String> items = new ArrayList<>();
            i.forEach(x -> items.add(value(x)));
            return items.toString();
        }
        if (v instanceof CommandLine.Model.ITypeInfo t) {
            return t.getClassName();
        }
        if (v.getClass().isArray()) {
            return v.getClass().getComponentType() + " array";
        }
        return String.valueOf(v).replaceAll("@[0-9a-f]+\\b", "@"); // identity hash codes differ between any two trees
    }

    /** The tree as picocli builds it by reflecting on the annotations, with the same settings as advisor's. */
    static CommandLine reflective(Main main, Env env) {
        CommonOptions common = new CommonOptions();
        EnvFactory factory = new EnvFactory(Main.commandEnv(env, common), common);
        CommandLine root = new CommandLine(AdvisorCommand.class, factory);
        addListings(root, factory);
        return main.configure(root);
    }

    /**
     * Adds the reference listings, one annotated class that {@link ReferenceCommand.Listing} names and
     * describes, where they stand in help order: after {@link ReferenceCommand.Listing#FOLLOWS}. The commands
     * after that one are taken out and built again after them (picocli adds a command to a parent once).
     */
    private static void addListings(CommandLine root, EnvFactory factory) {
        List<String> names = List.copyOf(root.getSubcommands().keySet());
        List<Object> after = new ArrayList<>();
        for (String name : names.subList(names.indexOf(ReferenceCommand.Listing.FOLLOWS) + 1, names.size())) {
            after.add(root.getCommandSpec().removeSubcommand(name).getCommand());
        }
        for (ReferenceCommand.Listing listing : ReferenceCommand.Listing.values()) {
            CommandLine command = new CommandLine(factory.inject(new ReferenceCommand(listing)), factory);
            command.getCommandSpec().usageMessage().description(listing.description);
            root.addSubcommand(listing.command(), command);
        }
        for (Object command : after) {
            root.addSubcommand(new CommandLine(command, factory));
        }
    }

    /**
     * Builds commands whose constructor takes an {@link Env}, and everything else picocli asks for; every
     * command gets the tree's one {@link CommonOptions} and the run's {@link Env} in its fields of those types
     * (as the generated model does).
     */
    private static final class EnvFactory implements CommandLine.IFactory {
        private final Env env;
        private final CommonOptions common;
        private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

        EnvFactory(Env env, CommonOptions common) {
            this.env = env;
            this.common = common;
        }

        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == CommonOptions.class) {
                return cls.cast(common);
            }
            K made = null;
            for (Constructor<?> c : cls.getDeclaredConstructors()) {
                if (c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class) {
                    c.setAccessible(true);
                    made = cls.cast(c.newInstance(env));
                }
            }
            return inject(made != null ? made : fallback.create(cls));
        }

        /** Gives {@code made} the tree's {@link CommonOptions} and the run's {@link Env} in its fields of those types. */
        <K> K inject(K made) {
            for (Class<?> c = made.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getType() == CommonOptions.class || f.getType() == Env.class) {
                        f.setAccessible(true);
                        try {
                            f.set(made, f.getType() == Env.class ? env : common);
                        } catch (IllegalAccessException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
            return made;
        }
    }
}
