package advisor.cli;

import advisor.model.Library;
import advisor.report.LibraryComparison;
import advisor.scoring.ProfileWeights;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor compare A B [C...]}: side by side, with dimension leaders, dominance or trade-offs. */
@Command(name = "compare", description = "Compare two or more libraries side by side.", mixinStandardHelpOptions = true)
final class CompareCommand extends SessionCommand {
    @Mixin
    WeightOptions weightOptions;

    @Mixin
    DecisionOptions decision;

    @Parameters(arity = "2..*", paramLabel = "LIB", description = "Two or more library ids, names or aliases.")
    List<String> names;

    @Override
    int run(Session session) {
        Views v = session.views();
        List<Library> libs = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String n : names) {
            Library l = v.library(n);
            if (!seen.add(l.id())) {
                throw AdvisorException.usage(session.messages().text("compare.twice", n, l.id()));
            }
            libs.add(l);
        }
        ProfileWeights p = weightOptions.resolve(v);
        switch (session.format()) {
            case ADR -> session.printDocument(new DecisionRecords(v, decision, session.asOf()).compare(libs, p,
                    "advisor compare " + String.join(" ", libs.stream().map(Library::id).toList()) + DecisionRecords.profileArguments(p)));
            case SVG -> session.printDocument(new Charts(v).dimensions(libs));
            case HTML -> {
                Charts charts = new Charts(v);
                session.printDocument(charts.page(
                        LibraryComparison.of(v.catalog(), libs, p, session.messages()).doc(session.messages()),
                        charts.dimensions(libs)));
            }
            default -> session.print(LibraryComparison.of(v.catalog(), libs, p, session.messages()));
        }
        return ExitCode.OK.code();
    }
}
