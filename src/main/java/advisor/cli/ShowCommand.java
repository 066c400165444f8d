package advisor.cli;

import advisor.model.Library;
import advisor.model.Profile;
import advisor.report.LibraryReport;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code advisor show LIB}: everything the catalog knows about one library, with its sources. */
@Command(name = "show", description = "Show everything known about one library.", mixinStandardHelpOptions = true)
final class ShowCommand extends SessionCommand {
    @Parameters(index = "0", paramLabel = "LIB", description = "Library id, name or alias (case-insensitive).")
    String name;

    @Mixin
    ProfileOption profile;

    @Override
    int run(Session session) {
        Views v = session.views();
        Library lib = v.library(name);
        Profile p = profile.resolve(v);
        switch (session.format()) {
            case SVG -> session.printDocument(new Charts(v).dimensions(List.of(lib)));
            case HTML -> {
                Charts charts = new Charts(v);
                session.printDocument(charts.page(report(v, lib, p, session).doc(session.messages()),
                        charts.dimensions(List.of(lib))));
            }
            default -> session.print(report(v, lib, p, session));
        }
        return ExitCode.OK.code();
    }

    private LibraryReport report(Views v, Library lib, Profile p, Session session) {
        return LibraryReport.of(v.catalog(), lib, p, env.today().get(), session.messages());
    }
}
