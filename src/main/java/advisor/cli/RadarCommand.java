package advisor.cli;

import advisor.model.Profile;
import advisor.render.Format;
import advisor.render.Messages;
import advisor.report.LibraryList;
import advisor.report.TechRadar;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code advisor radar}: the catalog as a technology radar, a picture ({@code --format svg|html}) or its table. */
@Command(name = "radar", description = "The catalog as a technology radar: --format svg for the picture, html for a page "
        + "with the radar and its table; the other formats list the blips.", mixinStandardHelpOptions = true)
final class RadarCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--scenario", paramLabel = "SCENARIO", description = "Only libraries a source rates for this scenario.")
    String scenario;

    @Option(names = "--tier", paramLabel = "TIER", description = "Only libraries in this tier.")
    String tier;

    @Option(names = "--trend", paramLabel = "TREND", description = "Only libraries of this trend.")
    String trend;

    @Option(names = "--scored", description = "Only libraries with a maturity score.")
    boolean scoredOnly;

    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "balanced",
            description = "Weight profile for the score that the ring policy reads (default: ${DEFAULT-VALUE}).")
    String profile;

    RadarCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        Format format = session.format();
        Views v = new Views(session.catalog(), session.lang());
        Profile p = v.profile(profile);
        LibraryList.Filter filter = new LibraryList.Filter(category == null ? null : v.category(category).id(),
                scenario == null ? null : v.scenario(scenario), tier == null ? null : v.tier(tier),
                trend == null ? null : v.trend(trend), scoredOnly);
        TechRadar radar = TechRadar.of(v.catalog(), v.lang(), p, filter);
        Messages m = session.messages();
        switch (format) {
            case SVG -> session.printDocument(radar.svg(m));
            case HTML -> session.printDocument(radar.html(m));
            default -> session.print(radar);
        }
        return ExitCodes.OK;
    }
}
