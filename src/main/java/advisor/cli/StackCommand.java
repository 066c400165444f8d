package advisor.cli;

import advisor.model.Scenario;
import advisor.model.Stack;
import advisor.render.DisplayWidth;
import advisor.report.StackProposal;
import advisor.scoring.ProfileWeights;
import advisor.scoring.StackProposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor stack --scenario S}: one library per layer of a stack, chosen by decision score and by
 * what the sources say works together; {@code advisor stack show ID} shows one stack.
 */
@Command(name = "stack", description = "Propose a whole stack for a scenario: one library per layer, with the evidence"
        + " that the parts work together and the weakest link.", mixinStandardHelpOptions = true,
        subcommands = StackCommand.Show.class,
        footer = {"", "Besides the common formats, --format mermaid prints the proposed stack as a Mermaid graph,"
                + " which GitHub and GitLab wikis render."})
final class StackCommand extends SessionCommand {
    @Mixin
    WeightOptions weightOptions;

    @Option(names = {"-s", "--scenario"}, paramLabel = "SCENARIO",
            description = "Scenario id, alias, English or Chinese label (see 'advisor scenarios').")
    String scenario;

    @Option(names = "--stack", paramLabel = "STACK",
            description = "Fill this stack's layers (default: the first stack that serves the scenario; see 'advisor stacks').")
    String stack;

    @Mixin
    FitWeightOption fitWeight;

    @Override
    int run(Session session) {
        boolean mermaid = mermaid(session);
        if (scenario == null) {
            throw AdvisorException.usage(session.messages().text("stack.needsScenario"));
        }
        double alpha = fitWeight.value;
        Views v = session.views();
        Scenario sc = v.scenario(scenario);
        ProfileWeights p = weightOptions.resolve(v);
        StackProposer proposer = new StackProposer(v.catalog());
        Stack chosen = stack != null ? v.stack(stack) : proposer.stackFor(sc).orElseThrow(() -> AdvisorException.usage(
                v.text("stackCommand.noStack", sc.label().in(v.lang()), sc.id())));
        StackProposer.Proposal proposal = proposer.propose(chosen, sc, p.weights(), alpha);
        if (mermaid) {
            session.printDocument(DisplayWidth.reveal(new StackView(v).proposalMermaid(proposal)));
            return ExitCode.OK.code();
        }
        session.print(StackProposal.of(v.catalog(), proposal, p, alpha, v.lang()));
        return ExitCode.OK.code();
    }

    /** Whether {@code --format mermaid} was asked for (which only the stack commands offer). */
    private static boolean mermaid(Session session) {
        return session.format() == advisor.render.Format.MERMAID;
    }

    /** {@code advisor stack show ID}: one stack's layers, links, choices, figures and notes. */
    @Command(name = "show", description = "Show one stack: its layers, how they connect, and for a reference"
            + " architecture its choices and measured figures.", mixinStandardHelpOptions = true,
            footer = {"", "Besides the common formats, --format mermaid prints the stack's layers as a Mermaid graph."})
    static final class Show extends SessionCommand {
        @Parameters(index = "0", paramLabel = "STACK", description = "Stack id or label (see 'advisor stacks').")
        String name;

        @Override
        int run(Session session) {
            boolean mermaid = mermaid(session);
            Views v = session.views();
            Stack s = v.stack(name);
            if (mermaid) {
                session.printDocument(DisplayWidth.reveal(new StackView(v).stackMermaid(s)));
                return ExitCode.OK.code();
            }
            session.print(advisor.report.StackReport.of(v.catalog(), s, v.lang()));
            return ExitCode.OK.code();
        }
    }
}
