package advisor.cli;

import advisor.model.Profile;
import advisor.render.Format;
import advisor.render.Messages;
import advisor.report.TechRadar;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code advisor radar}: the catalog as a technology radar, a picture ({@code --format svg|html}) or its table. */
@Command(name = "radar", description = "The catalog as a technology radar: --format svg for the picture, html for a page "
        + "with the radar and its table; the other formats list the blips.", mixinStandardHelpOptions = true)
final class RadarCommand extends SessionCommand {
    @Mixin
    LibraryFilterOptions filter;

    @Override
    int run(Session session) {
        Format format = session.format();
        Views v = session.views();
        Profile p = filter.profile.resolve(v);
        TechRadar radar = TechRadar.of(v.catalog(), v.lang(), p, filter.filter(v));
        Messages m = session.messages();
        switch (format) {
            case SVG -> session.printDocument(radar.svg(m));
            case HTML -> session.printDocument(radar.html(m));
            default -> session.print(radar);
        }
        return ExitCode.OK.code();
    }
}
