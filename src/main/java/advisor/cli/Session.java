package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.model.Catalog;
import advisor.model.Lang;
import advisor.render.DataRenderer;
import advisor.render.Format;
import advisor.render.Output;
import advisor.render.TextRenderer;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One command's view of its environment and options: the catalog, language, format, width and colour. */
final class Session {
    private static final int MAX_ERRORS_SHOWN = 20;

    private final Env env;
    private final CommonOptions options;

    Session(Env env, CommonOptions options) {
        this.env = env;
        this.options = options;
    }

    Env env() {
        return env;
    }

    Lang lang() {
        if (options.lang != null) {
            Lang l = Lang.parse(options.lang);
            if (l == null) {
                throw AdvisorException.usage("invalid value for --lang: '" + options.lang + "'; valid: en, zh");
            }
            return l;
        }
        for (String var : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            Lang l = Lang.fromLocale(env.var(var));
            if (l != null) {
                return l;
            }
        }
        return Lang.EN;
    }

    /** Picks the English or Chinese form of a label or message. */
    String t(String en, String zh) {
        return lang() == Lang.ZH ? zh : en;
    }

    Format format() {
        Format f = Format.parse(options.format);
        if (f == null) {
            throw AdvisorException.usage("invalid value for --format: '" + options.format + "'; valid: "
                    + String.join(", ", Arrays.stream(Format.values()).map(Format::id).toList()));
        }
        return f;
    }

    /** The overlay directories: --catalog options, else the ADVISOR_CATALOG path list. */
    List<Path> overlays() {
        if (!options.catalogs.isEmpty()) {
            return options.catalogs;
        }
        String list = env.var("ADVISOR_CATALOG");
        List<Path> out = new ArrayList<>();
        if (list != null) {
            for (String part : list.split(File.pathSeparator)) {
                if (!part.isBlank()) {
                    out.add(Path.of(part));
                }
            }
        }
        return out;
    }

    CatalogLoader.Result load() {
        return CatalogLoader.load(overlays(), !options.noBuiltin, env.today().get());
    }

    /** The catalog, or exit 3 with its errors when it is invalid. */
    Catalog catalog() {
        CatalogLoader.Result result = load();
        if (result.hasErrors()) {
            List<Problem> errors = result.errors();
            StringBuilder sb = new StringBuilder(t("the catalog is invalid: ", "目录数据无效：")).append(errors.size())
                    .append(t(errors.size() == 1 ? " error" : " errors", " 个错误"));
            for (Problem p : errors.subList(0, Math.min(errors.size(), MAX_ERRORS_SHOWN))) {
                sb.append('\n').append("  ").append(p.where()).append(": ").append(p.message());
            }
            if (errors.size() > MAX_ERRORS_SHOWN) {
                sb.append('\n').append(t("  ... and " + (errors.size() - MAX_ERRORS_SHOWN) + " more",
                        "  …… 另有 " + (errors.size() - MAX_ERRORS_SHOWN) + " 个"));
            }
            sb.append('\n').append(t("run 'advisor validate' for the full report", "运行 'advisor validate' 查看完整报告"));
            throw new AdvisorException(ExitCodes.INVALID_CATALOG, sb.toString());
        }
        return result.catalog();
    }

    int width() {
        String columns = env.var("COLUMNS");
        if (columns != null) {
            try {
                int w = Integer.parseInt(columns.trim());
                if (w >= 20 && w <= 1000) {
                    return w;
                }
            } catch (NumberFormatException ignored) {
                // fall through to the default
            }
        }
        return 80;
    }

    boolean color() {
        String force = env.var("CLICOLOR_FORCE");
        if (options.noColor || env.var("NO_COLOR") != null) {
            return false;
        }
        if (force != null && !force.equals("0")) {
            return true;
        }
        return env.stdoutIsTerminal();
    }

    /** Prints the output in the chosen format to stdout. */
    void print(Output output) {
        Format format = format();
        String text = switch (format) {
            case JSON -> DataRenderer.json(output.data());
            case YAML -> DataRenderer.yaml(output.data());
            case TABLE -> new TextRenderer(width(), color()).render(output.doc());
        };
        env.out().print(text);
        env.out().flush();
    }
}
