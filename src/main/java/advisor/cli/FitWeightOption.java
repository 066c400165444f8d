package advisor.cli;

import picocli.CommandLine.Option;

/** {@code --fit-weight}: how much scenario fit counts against maturity in the decision score (recommend, stack). */
final class FitWeightOption {
    @Option(names = "--fit-weight", paramLabel = "F", defaultValue = "0.5", converter = Args.FitWeightConverter.class,
            description = "Balance of scenario fit against maturity, 0 to 1 (default: ${DEFAULT-VALUE}).")
    double value;
}
