package advisor.cli;

import advisor.model.Scenario;
import advisor.report.Recommendation;
import advisor.scoring.ProfileWeights;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code advisor recommend --scenario S}: ranked candidates with their evidence, and how robust the ranking is. */
@Command(name = "recommend", description = "Rank libraries for a scenario by a blend of scenario fit and maturity.",
        mixinStandardHelpOptions = true)
final class RecommendCommand implements Callable<Integer> {
    private final Env env;

    /** The root command's common options, handed over by {@link Main}. */
    CommonOptions common;

    @Mixin
    WeightOptions weightOptions;

    @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO", required = true,
            description = "Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
    String scenario;

    @Option(names = "--top", paramLabel = "N", defaultValue = "10", converter = Args.TopConverter.class,
            description = "Show the first N (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--category", paramLabel = "CATEGORY", description = "Only libraries of this category.")
    String category;

    @Option(names = "--min-tier", paramLabel = "TIER", description = "Only libraries in this tier or a higher one.")
    String minTier;

    @Option(names = "--fit-weight", paramLabel = "F", defaultValue = "0.5",
            converter = Args.FitWeightConverter.class,
            description = "Balance of scenario fit against maturity, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double fitWeight;

    @Option(names = "--explain", description = "Show each part's contribution to the decision score.")
    boolean explain;

    @Option(names = "--why-not", paramLabel = "LIBRARY",
            description = "Say why this library is not ranked (or where it is).")
    String whyNot;

    RecommendCommand(Env env) {
        this.env = env;
    }

    @Override
    public Integer call() {
        Session session = new Session(env, common);
        session.format();
        int topN = top;
        double alpha = fitWeight;
        Views v = new Views(session.catalog(), session.lang());
        Scenario sc = v.scenario(scenario);
        ProfileWeights p = weightOptions.resolve(v, v.profile(weightOptions.profile));
        Recommendation.Request request = new Recommendation.Request(sc, p, alpha, topN,
                category == null ? null : v.category(category).id(), minTier == null ? null : v.tier(minTier), explain,
                whyNot == null ? null : v.library(whyNot));
        session.print(Recommendation.of(v.catalog(), request, session.messages()));
        return ExitCodes.OK;
    }
}
