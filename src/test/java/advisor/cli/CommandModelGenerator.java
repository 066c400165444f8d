package advisor.cli;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes {@code CommandModel.java}: the picocli model of every command, built through picocli's programmatic
 * API, from the model picocli builds by reflecting on the annotated command classes (the one source of
 * truth). The structure (which options, in which order, their types, arities and scopes) comes from
 * picocli's reflective model; the texts come from the annotations as written, so that picocli interpolates
 * them at help time as it always did. {@link CommandModelTest} checks the file and the equivalence.
 */
final class CommandModelGenerator {
    /** The commands, by name: the root first, then the subcommands in help order. */
    private final Map<String, CommandSpec> commands = new LinkedHashMap<>();
    /** The method that builds each command class's model and each mixin class's, by class. */
    private final Map<Class<?>, String> methods = new LinkedHashMap<>();
    private final Map<Class<?>, String> methodNames = new LinkedHashMap<>();
    /** Every field an option binds to, in the order first met: its index is its case in the binding's switch. */
    private final List<Field> fields = new ArrayList<>();

    CommandModelGenerator(CommandLine reflective) {
        commands.put("advisor", reflective.getCommandSpec());
        reflective.getSubcommands().forEach((name, cl) -> commands.put(name, cl.getCommandSpec()));
    }

    String source() {
        for (CommandSpec spec : commands.values()) {
            command(spec);
        }
        StringBuilder s = new StringBuilder();
        s.append("package advisor.cli;\n\n");
        s.append("import picocli.CommandLine;\n");
        s.append("import picocli.CommandLine.Model.CommandSpec;\n");
        s.append("import picocli.CommandLine.Model.IGetter;\n");
        s.append("import picocli.CommandLine.Model.ISetter;\n");
        s.append("import picocli.CommandLine.Model.OptionSpec;\n");
        s.append("import picocli.CommandLine.Model.PositionalParamSpec;\n\n");
        s.append("/**\n");
        s.append(" * The picocli model of every command, built through picocli's programmatic API: building it by reflecting\n");
        s.append(" * on the annotations costs start-up (annotation proxies, method handles, hundreds of classes).\n");
        s.append(" * GENERATED from the annotated command classes by {@code CommandModelTest}: do not edit; after changing a\n");
        s.append(" * command's annotations, regenerate with {@code ./mvnw -q test -Dtest=CommandModelTest -Dmodel.update=true}.\n");
        s.append(" */\n");
        s.append("@SuppressWarnings(\"unchecked\")\n");
        s.append("final class CommandModel {\n");
        s.append("    /** The common options that take a value (the others are flags). */\n");
        s.append("    static final java.util.Set<String> COMMON_VALUE_OPTIONS = java.util.Set.of(");
        s.append(commands.get("advisor").options().stream().filter(o -> o.scopeType() == CommandLine.ScopeType.INHERIT
                && o.arity().max() > 0).flatMap(o -> Arrays.stream(o.names())).map(CommandModelGenerator::literal)
                .collect(Collectors.joining(", "))).append(");\n\n");
        s.append("    /** The names of the common options. */\n");
        s.append("    static final java.util.Set<String> COMMON_OPTIONS = java.util.Set.of(");
        s.append(commands.get("advisor").options().stream().filter(o -> o.scopeType() == CommandLine.ScopeType.INHERIT)
                .flatMap(o -> Arrays.stream(o.names())).map(CommandModelGenerator::literal)
                .collect(Collectors.joining(", "))).append(");\n\n");
        s.append("    /** The subcommands' names, in help order: those of {@link AdvisorCommand}'s {@code subcommands}. */\n");
        s.append("    static final java.util.List<String> COMMANDS = java.util.List.of(");
        s.append(commands.keySet().stream().skip(1).map(CommandModelGenerator::literal).collect(Collectors.joining(", ")))
                .append(");\n\n");
        s.append("    private CommandModel() {\n    }\n\n");
        s.append("    /** The root command's model: the commands get {@code env} and the tree's one {@link CommonOptions}. */\n");
        s.append("    static CommandSpec root(Env env, CommonOptions common) {\n");
        s.append("        return ").append(methodNames.get(commands.get("advisor").userObject().getClass()))
                .append("(env, common);\n    }\n\n");
        s.append("    /** A subcommand's model, by its name (one of {@link #COMMANDS}). */\n");
        s.append("    static CommandSpec command(String name, Env env, CommonOptions common) {\n");
        s.append("        switch (name) {\n");
        commands.forEach((name, spec) -> {
            if (!name.equals("advisor")) {
                Object command = spec.userObject();
                String listing = command instanceof ReferenceCommand r ? "ReferenceCommand.Listing." + r.listing.name() + ", " : "";
                s.append("            case ").append(literal(name)).append(":\n                return ")
                        .append(methodNames.get(command.getClass())).append('(').append(listing).append("env, common);\n");
            }
        });
        s.append("            default:\n                throw new IllegalArgumentException(\"no command \" + name);\n");
        s.append("        }\n    }\n");
        methods.values().forEach(m -> s.append('\n').append(m));
        s.append('\n').append(binding());
        s.append("}\n");
        return s.toString();
    }

    /** The method that builds one command (and its subcommands), named after its class. */
    private String command(CommandSpec spec) {
        Class<?> cls = spec.userObject().getClass();
        if (methodNames.containsKey(cls)) {
            return methodNames.get(cls);
        }
        String method = methodName(cls);
        methodNames.put(cls, method);
        Command annotation = cls.getAnnotation(Command.class);
        // the subcommands the class declares (the root's are registered by Main, one by one, by name)
        Map<String, CommandSpec> subcommands = new LinkedHashMap<>();
        spec.subcommands().forEach((name, sub) -> {
            if (cls != AdvisorCommand.class
                    && Arrays.asList(annotation.subcommands()).contains(sub.getCommandSpec().userObject().getClass())) {
                subcommands.put(name, sub.getCommandSpec());
                command(sub.getCommandSpec());
            }
        });
        // the reference listings are one class: each gets its constant of the table that names and describes it
        boolean listing = cls == ReferenceCommand.class;
        StringBuilder m = new StringBuilder();
        m.append("    private static CommandSpec ").append(method).append('(')
                .append(listing ? "ReferenceCommand.Listing listing, " : "").append("Env env, CommonOptions common) {\n");
        String type = typeName(cls);
        m.append("        ").append(type).append(" c = new ").append(type)
                .append(listing ? "(listing)" : hasEnvConstructor(cls) ? "(env)" : "()").append(";\n");
        m.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
        for (Field f : allFields(cls)) {
            if (f.getType() == CommonOptions.class && !f.isAnnotationPresent(Mixin.class)) {
                m.append("        c.").append(f.getName()).append(" = common;\n");
            } else if (f.getType() == Env.class) {
                m.append("        c.").append(f.getName()).append(" = env;\n");
            } else if (f.isAnnotationPresent(Spec.class)) {
                m.append("        c.").append(f.getName()).append(" = s;\n");
            }
        }
        m.append("        s.name(").append(listing ? "listing.command()" : literal(spec.name())).append(");\n");
        if (spec.helpCommand()) {
            m.append("        s.helpCommand(true);\n");
        }
        if (!annotation.versionProvider().getSimpleName().equals("NoVersionProvider")) {
            m.append("        s.versionProvider(new ").append(typeName(annotation.versionProvider())).append("());\n");
        }
        usage(m, annotation);
        if (listing) {
            m.append("        s.usageMessage().description(listing.description);\n");
        }
        members(m, spec, "c", cls);
        subcommands.forEach((name, sub) -> m.append("        s.addSubcommand(").append(literal(name))
                .append(", new CommandLine(").append(methodNames.get(sub.userObject().getClass()))
                .append("(env, common)));\n"));
        m.append("        return s;\n    }\n");
        methods.put(cls, m.toString());
        return method;
    }

    private static void usage(StringBuilder m, Command c) {
        if (c.description().length > 0) {
            m.append("        s.usageMessage().description(").append(literals(c.description())).append(");\n");
        }
        if (c.footer().length > 0) {
            m.append("        s.usageMessage().footer(").append(literals(c.footer())).append(");\n");
        }
        if (c.customSynopsis().length > 0) {
            m.append("        s.usageMessage().customSynopsis(").append(literals(c.customSynopsis())).append(");\n");
        }
        if (c.header().length > 0 || c.hidden() || !c.headerHeading().isEmpty() || !c.footerHeading().isEmpty()
                || c.aliases().length > 0 || c.version().length > 0 || c.showDefaultValues() || !c.sortOptions()
                || !c.synopsisHeading().equals("Usage: ") || c.usageHelpAutoWidth()) {
            throw new IllegalStateException("@Command attribute the generator does not carry over yet: " + c);
        }
    }

    /**
     * The options, positionals and mixins of a command or mixin, in picocli's order: a mixin is added where
     * its first option is met, and adds all of its own.
     */
    private void members(StringBuilder m, CommandSpec spec, String target, Class<?> cls) {
        Map<ArgSpec, String> mixinOf = new IdentityHashMap<>();
        spec.mixins().forEach((name, mixin) -> {
            mixin.options().forEach(o -> mixinOf.put(o, name));
            mixin.positionalParameters().forEach(p -> mixinOf.put(p, name));
        });
        List<String> added = new ArrayList<>();
        for (ArgSpec a : spec.args()) {
            if (a.inherited()) {
                continue;
            }
            String mixin = mixinOf.get(a);
            if (mixin != null) {
                if (!added.contains(mixin)) {
                    added.add(mixin);
                    mixin(m, spec.mixins().get(mixin), mixin, target, cls);
                }
            } else {
                m.append("        s.").append(a.isOption() ? "addOption(" : "addPositional(").append(arg(a, target))
                        .append(");\n");
            }
        }
        for (String name : spec.mixins().keySet()) {
            if (!added.contains(name)) {
                throw new IllegalStateException("a mixin without options: " + name);
            }
        }
    }

    private void mixin(StringBuilder m, CommandSpec mixin, String name, String target, Class<?> owner) {
        Object instance = mixin.userObject();
        if (name.equals("mixinStandardHelpOptions")) {
            m.append("        s.addMixin(\"mixinStandardHelpOptions\", standardHelp());\n");
            if (!methods.containsKey(instance.getClass())) {
                methodNames.put(instance.getClass(), "standardHelp");
                StringBuilder h = new StringBuilder();
                h.append("    /** picocli's -h and -V ({@code mixinStandardHelpOptions}), with its texts. */\n");
                h.append("    private static CommandSpec standardHelp() {\n");
                h.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(new Object());\n");
                for (OptionSpec o : mixin.options()) {
                    h.append("        s.addOption(").append(arg(o, null)).append(");\n");
                }
                h.append("        return s;\n    }\n");
                methods.put(instance.getClass(), h.toString());
            }
            return;
        }
        Field field = field(owner, name);
        String type = typeName(field.getType());
        String method = methodName(field.getType());
        if (field.getType() == CommonOptions.class) {
            m.append("        ").append(target).append('.').append(name).append(" = common;\n");
            m.append("        s.addMixin(").append(literal(name)).append(", ").append(method).append("(common));\n");
        } else {
            m.append("        ").append(target).append('.').append(name).append(" = new ").append(type).append("();\n");
            m.append("        s.addMixin(").append(literal(name)).append(", ").append(method).append('(').append(target)
                    .append('.').append(name).append("));\n");
        }
        if (!methods.containsKey(field.getType())) {
            methodNames.put(field.getType(), method);
            StringBuilder b = new StringBuilder();
            b.append("    private static CommandSpec ").append(method).append('(').append(type).append(" c) {\n");
            b.append("        CommandSpec s = CommandSpec.wrapWithoutInspection(c);\n");
            methods.put(field.getType(), ""); // a mixin within itself would loop
            members(b, mixin, "c", field.getType());
            b.append("        return s;\n    }\n");
            methods.put(field.getType(), b.toString());
        }
    }

    /** One option or positional's builder chain; {@code target} is the object its field is in (null: picocli's). */
    private String arg(ArgSpec a, String target) {
        StringBuilder b = new StringBuilder();
        Field field = target == null ? null : (Field) a.userObject();
        String indent = "\n                ";
        if (a instanceof OptionSpec o) {
            b.append("OptionSpec.builder(").append(literals(o.names())).append(')');
            Option ann = field == null ? null : field.getAnnotation(Option.class);
            if (ann != null && !ann.arity().isEmpty()) {
                b.append(".arity(").append(literal(ann.arity())).append(')');
            }
            if (o.usageHelp()) {
                b.append(".usageHelp(true)");
            }
            if (o.versionHelp()) {
                b.append(".versionHelp(true)");
            }
            if (o.help()) {
                b.append(".help(true)");
            }
            if (o.negatable()) {
                throw new IllegalStateException("negatable options are not carried over yet: " + o);
            }
            if (!o.fallbackValue().isEmpty()) {
                b.append(".fallbackValue(").append(literal(o.fallbackValue())).append(')');
            }
            if (o.order() != -1) {
                b.append(".order(").append(o.order()).append(')');
            }
            description(b, ann == null ? o.description() : ann.description(), o.descriptionKey());
        } else {
            PositionalParamSpec p = (PositionalParamSpec) a;
            Parameters ann = field.getAnnotation(Parameters.class);
            b.append("PositionalParamSpec.builder()");
            if (!ann.index().isEmpty()) {
                b.append(".index(").append(literal(ann.index())).append(')');
            }
            if (!ann.arity().isEmpty()) {
                b.append(".arity(").append(literal(ann.arity())).append(')');
            }
            description(b, ann.description(), p.descriptionKey());
        }
        b.append(indent);
        b.append(".type(").append(typeName(a.type())).append(".class)");
        Class<?>[] aux = a.auxiliaryTypes();
        if (!(aux.length == 1 && aux[0] == a.type())) {
            b.append(".auxiliaryTypes(").append(Arrays.stream(aux).map(t -> typeName(t) + ".class")
                    .collect(Collectors.joining(", "))).append(')');
        }
        if (a.required()) {
            b.append(".required(true)");
        }
        if (a.hidden()) {
            b.append(".hidden(true)");
        }
        if (!a.paramLabel().equals("PARAM")) {
            b.append(".paramLabel(").append(literal(a.paramLabel())).append(')');
        }
        if (a.hideParamSyntax()) {
            b.append(".hideParamSyntax(true)");
        }
        if (!a.splitRegex().isEmpty()) {
            b.append(".splitRegex(").append(literal(a.splitRegex())).append(')');
        }
        if (!a.splitRegexSynopsisLabel().isEmpty()) {
            b.append(".splitRegexSynopsisLabel(").append(literal(a.splitRegexSynopsisLabel())).append(')');
        }
        if (a.defaultValue() != null) {
            b.append(".defaultValue(").append(literal(a.defaultValue())).append(')');
        }
        if (a.showDefaultValue() != CommandLine.Help.Visibility.ON_DEMAND) {
            b.append(".showDefaultValue(CommandLine.Help.Visibility.").append(a.showDefaultValue().name()).append(')');
        }
        if (a.scopeType() != CommandLine.ScopeType.LOCAL) {
            b.append(".scopeType(CommandLine.ScopeType.").append(a.scopeType().name()).append(')');
        }
        if (a.interactive() || a.parameterConsumer() != null) {
            throw new IllegalStateException("interactive options and parameter consumers are not carried over yet: " + a);
        }
        if (field != null) {
            Class<? extends CommandLine.ITypeConverter<?>>[] converters = field.isAnnotationPresent(Option.class)
                    ? field.getAnnotation(Option.class).converter() : field.getAnnotation(Parameters.class).converter();
            if (converters.length > 0) {
                b.append(indent).append(".converters(").append(Arrays.stream(converters).map(c -> "new " + typeName(c) + "()")
                        .collect(Collectors.joining(", "))).append(')');
            }
            Class<? extends Iterable<String>> candidates = field.isAnnotationPresent(Option.class)
                    ? field.getAnnotation(Option.class).completionCandidates()
                    : field.getAnnotation(Parameters.class).completionCandidates();
            if (!candidates.getSimpleName().equals("NoCompletionCandidates")) {
                b.append(indent).append(".completionCandidates(new ").append(typeName(candidates)).append("())");
            }
            int id = fields.indexOf(field);
            if (id < 0) {
                id = fields.size();
                fields.add(field);
            }
            b.append(indent).append(".initialValue(").append(target).append('.').append(field.getName()).append(')');
            b.append(".getter(new Binding(").append(target).append(", ").append(id).append("))");
            b.append(".setter(new Binding(").append(target).append(", ").append(id).append("))");
        } else if (a.initialValue() instanceof Boolean v) {
            b.append(".initialValue(").append(v).append(')');
        } else if (a.initialValue() != null) {
            throw new IllegalStateException("an initial value the generator cannot write: " + a);
        }
        b.append(indent).append(".withToString(").append(literal(a.toString())).append(").build()");
        return b.toString();
    }

    private static void description(StringBuilder b, String[] description, String key) {
        if (description.length > 0) {
            b.append("\n                .description(").append(literals(description)).append(')');
        }
        if (key != null && !key.isEmpty()) {
            b.append(".descriptionKey(").append(literal(key)).append(')');
        }
    }

    /** One class for every field binding: a switch on the field's number, instead of a lambda or reflection per option. */
    private String binding() {
        StringBuilder b = new StringBuilder();
        b.append("    /** Reads and writes the field an option or positional binds to, by its number. */\n");
        b.append("    private record Binding(Object target, int field) implements IGetter, ISetter {\n");
        b.append("        @Override\n        public <T> T get() {\n            return (T) value();\n        }\n\n");
        b.append("        @Override\n        public <T> T set(T value) {\n            Object old = value();\n");
        switchOnField(b, f -> "((" + typeName(f.getDeclaringClass()) + ") target)." + f.getName() + " = (" + boxed(f)
                + ") value;\n                    break;");
        b.append("            return (T) old;\n        }\n\n");
        b.append("        private Object value() {\n");
        switchOnField(b, f -> "return ((" + typeName(f.getDeclaringClass()) + ") target)." + f.getName() + ";");
        b.append("        }\n    }\n");
        return b.toString();
    }

    /** A switch on the binding's field number, one case per field with {@code body} as its statements. */
    private void switchOnField(StringBuilder b, java.util.function.Function<Field, String> body) {
        b.append("            switch (field) {\n");
        for (int i = 0; i < fields.size(); i++) {
            b.append("                case ").append(i).append(":\n                    ").append(body.apply(fields.get(i)))
                    .append('\n');
        }
        b.append("                default:\n                    throw new IllegalStateException(\"no field \" + field);\n");
        b.append("            }\n");
    }

    private static String boxed(Field f) {
        Class<?> t = f.getType();
        if (t.isPrimitive()) {
            return t == int.class ? "Integer" : t == boolean.class ? "Boolean" : t == double.class ? "Double"
                    : t == long.class ? "Long" : fail("a primitive type the generator does not box yet: " + f);
        }
        return f.getGenericType().getTypeName().replace('$', '.');
    }

    private static String fail(String message) {
        throw new IllegalStateException(message);
    }

    private static boolean hasEnvConstructor(Class<?> cls) {
        return Arrays.stream(cls.getDeclaredConstructors())
                .anyMatch(c -> c.getParameterCount() == 1 && c.getParameterTypes()[0] == Env.class);
    }

    private static List<Field> allFields(Class<?> cls) {
        List<Field> all = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    all.add(f);
                }
            }
        }
        return all;
    }

    private static Field field(Class<?> cls, String name) {
        return allFields(cls).stream().filter(f -> f.getName().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no field " + name + " in " + cls));
    }

    /** A method name from a class name: {@code StackCommand.Show} gives {@code stackCommandShow}. */
    private static String methodName(Class<?> cls) {
        String n = typeName(cls).replace(".", "");
        return Character.toLowerCase(n.charAt(0)) + n.substring(1);
    }

    /** A type as the generated source (in package advisor.cli) names it. */
    private static String typeName(Class<?> cls) {
        String name = cls.getCanonicalName();
        return cls.getPackageName().equals("advisor.cli") ? name.substring("advisor.cli.".length())
                : name.startsWith("java.lang.") && name.indexOf('.', 10) < 0 ? name.substring(10) : name;
    }

    private static String literals(String[] values) {
        return Arrays.stream(values).map(CommandModelGenerator::literal).collect(Collectors.joining(", "));
    }

    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7E) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
