package advisor.render;

import java.util.List;

/**
 * A decision record in the MADR 4.0 structure, from plain inputs: YAML front matter ({@code status},
 * {@code date}, {@code decision-makers}), the title, then "Context and Problem Statement", "Decision
 * Drivers", "Considered Options", "Decision Outcome" (with "Consequences" and "Confirmation"), "Pros
 * and Cons of the Options" (one subsection per option) and "More Information". The headings and the
 * fixed phrases come in {@link Words}, so the record reads in the answer's language. Catalog text is
 * escaped as Markdown, so it never turns into markup.
 */
public record DecisionRecord(Words words, String title, String status, String date, List<String> decisionMakers,
                             List<String> context, List<String> drivers, List<String> options, String chosen,
                             String because, List<Argument> consequences, List<String> confirmation,
                             String command, List<OptionCase> optionCases, List<String> moreInformation) {

    public DecisionRecord {
        decisionMakers = List.copyOf(decisionMakers);
        context = List.copyOf(context);
        drivers = List.copyOf(drivers);
        options = List.copyOf(options);
        consequences = List.copyOf(consequences);
        confirmation = List.copyOf(confirmation);
        optionCases = List.copyOf(optionCases);
        moreInformation = List.copyOf(moreInformation);
    }

    /** How an argument weighs: MADR's Good, Neutral and Bad. */
    public enum Kind {
        GOOD, NEUTRAL, BAD
    }

    /** One argument: "Good, because ...". */
    public record Argument(Kind kind, String text) {
    }

    /** One option's subsection: a line that describes it, then its arguments: Good, then Neutral, then Bad. */
    public record OptionCase(String name, String description, List<Argument> arguments) {
        public OptionCase {
            List<Argument> sorted = new java.util.ArrayList<>(arguments);
            sorted.sort(java.util.Comparator.comparing(Argument::kind));
            arguments = List.copyOf(sorted);
        }
    }

    /** The record's fixed words in one language: MADR's headings and phrases. */
    public record Words(String context, String drivers, String options, String outcome, String consequences,
                        String confirmation, String prosAndCons, String moreInformation, String chosenOption,
                        String because, String good, String neutral, String bad) {
    }

    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("---\n");
        sb.append("status: ").append(yaml(status)).append('\n');
        sb.append("date: ").append(date).append('\n');
        if (decisionMakers.isEmpty()) {
            sb.append("decision-makers: []\n");
        } else {
            sb.append("decision-makers:\n");
            decisionMakers.forEach(d -> sb.append("  - ").append(yaml(d)).append('\n'));
        }
        sb.append("---\n\n");
        sb.append("# ").append(md(title)).append("\n\n");
        section(sb, words.context(), context);
        bullets(sb, words.drivers(), drivers);
        bullets(sb, words.options(), options);
        sb.append("## ").append(words.outcome()).append("\n\n");
        sb.append(words.chosenOption()).append("\"").append(md(chosen)).append("\"").append(words.because())
                .append(md(because)).append("\n\n");
        sb.append("### ").append(words.consequences()).append("\n\n");
        consequences.forEach(a -> argument(sb, a));
        sb.append('\n');
        sb.append("### ").append(words.confirmation()).append("\n\n");
        confirmation.forEach(p -> sb.append(md(p)).append("\n\n"));
        if (command != null) {
            sb.append("```sh\n").append(DisplayWidth.sanitize(command, false)).append("\n```\n\n");
        }
        sb.append("## ").append(words.prosAndCons()).append("\n\n");
        for (OptionCase o : optionCases) {
            sb.append("### ").append(md(o.name())).append("\n\n");
            sb.append(md(o.description())).append("\n\n");
            o.arguments().forEach(a -> argument(sb, a));
            sb.append('\n');
        }
        bullets(sb, words.moreInformation(), moreInformation);
        return sb.toString().stripTrailing() + "\n";
    }

    private void argument(StringBuilder sb, Argument a) {
        String lead = switch (a.kind()) {
            case GOOD -> words.good();
            case NEUTRAL -> words.neutral();
            case BAD -> words.bad();
        };
        sb.append("* ").append(lead).append(md(a.text())).append('\n');
    }

    private static void section(StringBuilder sb, String heading, List<String> paragraphs) {
        sb.append("## ").append(heading).append("\n\n");
        paragraphs.forEach(p -> sb.append(md(p)).append("\n\n"));
    }

    private static void bullets(StringBuilder sb, String heading, List<String> items) {
        sb.append("## ").append(heading).append("\n\n");
        items.forEach(i -> sb.append("* ").append(md(i)).append('\n'));
        sb.append('\n');
    }

    /**
     * Catalog text as Markdown text: one line, with the characters that could start markup escaped
     * (emphasis, code, links, HTML, entities, strike-through, a heading or list at the start).
     */
    static String md(String s) {
        String t = DisplayWidth.sanitize(s == null ? "" : s, false);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if ("\\`*_[]<>&~|".indexOf(c) >= 0 || i == 0 && "#+-=>".indexOf(c) >= 0) {
                sb.append('\\');
            }
            sb.append(c);
        }
        // "1. text" or "1) text" at the start would begin an ordered list
        int digits = MarkdownRenderer.listNumber(sb);
        if (digits > 0 && digits <= 9) {
            sb.insert(digits, '\\');
        }
        return sb.toString();
    }

    /** A YAML double-quoted scalar: safe for any text, read back as itself. */
    static String yaml(String s) {
        String t = DisplayWidth.sanitize(s == null ? "" : s, false);
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
