package advisor.cli;

import advisor.catalog.CatalogLoader;
import advisor.catalog.Problem;
import advisor.model.Lang;
import advisor.render.Doc;
import advisor.render.Output;
import advisor.render.Rows;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code advisor validate}: every problem of the catalog at once; exit 3 on errors (or warnings with --strict).
 * With overlay directories, their problems are the ones counted and listed; the built-in catalog's are
 * summarised in one line (listed with --all), so that a team's CI checks its own files.
 */
@Command(name = "validate", description = {"Check the catalog and report every problem with file, line and column.",
        "With --catalog DIR, the problems of those directories are counted and listed; the built-in catalog's own "
                + "are summarised in one line (--all lists them), and --strict applies to what is counted. "
                + "An error anywhere still fails the run: every other command would refuse the catalog."},
        mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Option(names = "--strict", description = "Treat warnings as errors (exit 3): the warnings counted.")
    boolean strict;

    @Option(names = "--all", description = "With --catalog, list the built-in catalog's problems too.")
    boolean all;

    ValidateCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        LocalDate day = env.today().get(); // --as-of, else today: review dates are checked as of it
        Session session = new Session(env, common);
        session.format();
        Lang lang = session.lang();
        CatalogLoader.Result result = session.load();
        // with overlays over the built-in catalog, a team answers for its own files: the built-in's are summarised
        boolean split = !common.noBuiltin && !session.overlays().isEmpty();
        List<Problem> counted = result.problems().stream().filter(p -> !split || !CatalogLoader.builtin(p)).toList();
        List<Problem> builtin = result.problems().stream().filter(p -> split && CatalogLoader.builtin(p)).toList();
        List<Problem> problems = all ? result.problems() : counted;
        long errors = errors(counted);
        long warnings = counted.size() - errors;
        long builtinErrors = errors(builtin);
        long builtinWarnings = builtin.size() - builtinErrors;

        List<Object> list = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("severity", p.severity().label());
            m.put("code", p.code());
            m.put("file", p.file());
            m.put("line", p.line() > 0 ? p.line() : null);
            m.put("column", p.column() > 0 ? p.column() : null);
            m.put("library", p.library());
            m.put("message", p.message());
            list.add(m);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("schemaVersion", 1);
        data.put("asOf", day.toString());
        data.put("libraries", result.catalog().libraries().size());
        data.put("errors", errors);
        data.put("warnings", warnings);
        data.put("problems", list);
        if (split) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("errors", builtinErrors);
            summary.put("warnings", builtinWarnings);
            data.put("builtin", summary);
        }

        Doc doc = new Doc();
        for (Problem p : problems) {
            String level = p.severity() == Problem.Severity.ERROR ? session.t("error", "错误") : session.t("warning", "警告");
            doc.line(p.where() + ": " + level + " [" + p.code() + "] " + p.message());
        }
        int libraries = result.catalog().libraries().size();
        if (split) {
            doc.paragraph(lang == Lang.ZH ? "已检查 " + libraries + " 个库（截至 " + day + "）"
                    : "checked " + libraries + " libraries as of " + day);
            doc.line(lang == Lang.ZH ? "--catalog 目录：" + count(errors, warnings, lang)
                    : "--catalog directories: " + count(errors, warnings, lang));
            doc.line(lang == Lang.ZH
                    ? "内置目录：" + count(builtinErrors, builtinWarnings, lang) + "（不计入" + (all ? "）" : "；--all 列出）")
                    : "built-in catalog: " + count(builtinErrors, builtinWarnings, lang) + " (not counted"
                    + (all ? ")" : "; --all lists them)"));
        } else {
            doc.paragraph(lang == Lang.ZH ? "已检查 " + libraries + " 个库（截至 " + day + "）：" + count(errors, warnings, lang)
                    : "checked " + libraries + " libraries as of " + day + ": " + count(errors, warnings, lang));
        }
        session.print(new Output(data, doc, Rows.flatten("problems", List.of("severity", "code", "file", "line", "column",
                "library", "message"), list)));
        // an error in any file makes every other command refuse the catalog, so the run fails on it too
        return errors + builtinErrors > 0 || strict && warnings > 0 ? ExitCodes.INVALID_CATALOG : ExitCodes.OK;
    }

    /** "2 errors, 1 warning" in the language of the run. */
    private static String count(long errors, long warnings, Lang lang) {
        return lang == Lang.ZH ? errors + " 个错误，" + warnings + " 个警告"
                : errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
    }
}
