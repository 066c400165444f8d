package advisor.cli;

import advisor.model.Lang;
import advisor.model.Library;
import advisor.model.Remark;
import advisor.model.ScenarioRating;
import advisor.model.Scenario;
import advisor.model.Source;
import advisor.render.DecisionRecord;
import advisor.render.DecisionRecord.Argument;
import advisor.render.DecisionRecord.Kind;
import advisor.scoring.Candidate;
import advisor.scoring.Comparison;
import advisor.scoring.Evidence;
import advisor.model.MaturityScore;
import advisor.scoring.ProfileWeights;
import advisor.scoring.Recommender;
import advisor.scoring.Robustness;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decision records ({@code --format adr}) for {@code compare} and {@code recommend}: every section of
 * the MADR record filled from the same engine results the other views show: the options and their
 * scores, the weights, the robustness of the first place, dimension leads and lags, fit evidence,
 * strengths and limitations, and the sources with their dates and review state on the record's date.
 */
record DecisionRecords(Views v, DecisionOptions options, LocalDate date) {
    /** The record's headings and the words its template puts around the engine's reasons, in the record's language. */
    private DecisionRecord.Words words() {
        return new DecisionRecord.Words(v.text("adr.words.context"), v.text("adr.words.drivers"),
                v.text("adr.words.options"), v.text("adr.words.outcome"), v.text("adr.words.consequences"),
                v.text("adr.words.confirmation"), v.text("adr.words.prosAndCons"), v.text("adr.words.moreInformation"),
                v.text("adr.words.chosen"), v.text("adr.words.because"), v.text("adr.words.good"),
                v.text("adr.words.neutral"), v.text("adr.words.bad"));
    }

    /** The record for {@code compare}: the options are the libraries, ranked by maturity under the profile. */
    String compare(List<Library> libs, ProfileWeights profile, String command) {
        List<String> names = libs.stream().map(Library::name).toList();
        String title = options.title() != null ? options.title()
                : libs.size() == 2 ? v.text("adr.compare.title.two", names.get(0), names.get(1))
                : v.text("adr.compare.title.many", and(names));
        Set<String> categories = new LinkedHashSet<>();
        libs.forEach(l -> categories.add(v.categoryLabel(l.category())));
        List<String> context = new ArrayList<>();
        context.add(v.text("adr.compare.question", and(names))
                + (categories.size() == 1
                ? v.text("adr.compare.oneCategory", categories.iterator().next())
                : v.text("adr.compare.categories", String.join(v.text("adr.list.separator"), categories))));
        context.add(v.text("adr.compare.basis", sentence(v.profileText(profile))));
        List<Comparison.ScenarioRow> shared = Comparison.scenarios(libs).stream().filter(Comparison.ScenarioRow::shared).toList();
        if (!shared.isEmpty()) {
            context.add(v.text("adr.compare.sharedScenarios", String.join(v.text("adr.list.separator"),
                    shared.stream().map(r -> v.scenarioLabel(r.scenario())).toList())));
        }

        List<String> drivers = weightDrivers(profile);
        for (Comparison.ScenarioRow r : shared) {
            drivers.add(v.text("adr.compare.fitDriver", v.scenarioLabel(r.scenario()), String.join(v.text("adr.clause.separator"),
                    libs.stream().map(l -> l.name() + " " + starsOrDash(r.stars().get(l.id()))).toList())));
        }

        // the options as candidates for the maturity alone: fit weight 0, so the ranking rule is the recommender's
        List<Candidate> ranked = new ArrayList<>();
        for (Library l : libs) {
            v.maturity(l, profile.weights()).ifPresent(m -> ranked.add(new Candidate(l,
                    new Evidence(Evidence.Kind.DIRECT, 0.0, null, null, 1, null, null), List.of(), m, v.tierOf(m.value()),
                    m.value())));
        }
        ranked.sort(Recommender.ORDER);
        List<String> optionLines = new ArrayList<>();
        for (Library l : libs) {
            optionLines.add(v.text("adr.compare.option", l.name(), v.categoryLabel(l.category()), maturityText(l, profile)));
        }

        String chosen;
        String because;
        List<Argument> consequences = new ArrayList<>();
        List<Comparison.DimensionRow> dims = Comparison.dimensions(libs, dimensionIds());
        if (ranked.isEmpty()) {
            chosen = libs.get(0).name();
            because = v.text("adr.compare.unranked", chosen);
        } else {
            Candidate first = ranked.get(0);
            chosen = first.library().name();
            because = ranked.size() == 1
                    ? v.text("adr.compare.onlyScored", Views.score(first.maturity()))
                    : v.text("adr.compare.highest", profile.name(), Views.score(first.maturity()), othersMaturity(ranked))
                    + advisor.report.Recommendation.verdict(ranked, Robustness.analyse(ranked, profile.weights(), 0), advisor.render.Messages.of(v.lang()));
            consequences.addAll(leadsAndLags(first.library(), libs, dims, false));
            for (Remark r : first.library().limitations()) {
                consequences.add(new Argument(Kind.BAD, v.text("adr.limitation", clause(r.text().in(v.lang())), r.source())));
            }
            if (consequences.isEmpty()) {
                consequences.add(new Argument(Kind.NEUTRAL, v.text("adr.compare.noDifference", chosen)));
            }
        }

        List<DecisionRecord.OptionCase> cases = new ArrayList<>();
        for (Library l : libs) {
            List<Argument> args = new ArrayList<>(leadsAndLags(l, libs, dims, true));
            for (ScenarioRating r : l.scenarios()) {
                if (shared.stream().anyMatch(s -> s.scenario().equals(r.scenario()))) {
                    args.add(fitArgument(r));
                }
            }
            args.addAll(remarks(l));
            if (args.isEmpty()) {
                args.add(new Argument(Kind.NEUTRAL, v.text("adr.compare.nothingKnown")));
            }
            cases.add(new DecisionRecord.OptionCase(l.name(), description(l, profile), args));
        }
        return new DecisionRecord(words(), title, options.status(), date.toString(), options.decisionMakers(), context,
                drivers, optionLines, chosen, because, consequences, confirmation(libs), command, cases,
                moreInformation(libs, List.of())).markdown();
    }

    /**
     * The record for {@code recommend}: the options are the ranked candidates shown, the chosen one is the
     * first by decision score; those named by sources but not scored are listed under More Information.
     */
    String recommend(Scenario sc, ProfileWeights profile, double fitWeight, List<Candidate> shown, Robustness.Result robust,
                     List<Candidate> unscored, String scope, String command) {
        String label = sc.label().in(v.lang());
        String title = options.title() != null ? options.title()
                : v.text("adr.recommend.title", label);
        if (shown.isEmpty()) {
            throw AdvisorException.usage(v.text("adr.recommend.noCandidate", label, scope));
        }
        List<Library> libs = shown.stream().map(Candidate::library).toList();
        List<String> context = new ArrayList<>();
        context.add(v.text("adr.recommend.question", label, sc.id(), scope)
                + v.text(shown.size() == 1 ? "adr.recommend.ranksOne" : "adr.recommend.ranksMany", shown.size())
                + (unscored.isEmpty() ? "" : v.text("adr.recommend.unscoredCount", unscored.size())));
        context.add(v.text("adr.recommend.maturity", sentence(v.profileText(profile))));
        List<String> drivers = new ArrayList<>();
        drivers.add(v.text("adr.recommend.fitDriver", Views.fixed(fitWeight, 2), Views.fixed(1 - fitWeight, 2)));
        drivers.addAll(weightDrivers(profile));
        List<String> optionLines = new ArrayList<>();
        for (Candidate c : shown) {
            optionLines.add(v.text("adr.recommend.option", c.library().name(), v.categoryLabel(c.library().category()),
                    Views.fixed(c.decision(), 2)));
        }
        Candidate first = shown.get(0);
        String because = v.text("adr.recommend.highest", Views.fixed(first.decision(), 2), fitText(first.fit()), Views.score(first.maturity()))
                + (shown.size() > 1 ? v.text("adr.recommend.against", others(shown)) : v.text("adr.sentenceEnd"))
                + advisor.report.Recommendation.verdict(shown, robust, advisor.render.Messages.of(v.lang()));
        List<Comparison.DimensionRow> dims = Comparison.dimensions(libs, dimensionIds());
        List<Argument> consequences = new ArrayList<>();
        consequences.add(fitEvidence(first.fit()));
        consequences.addAll(leadsAndLags(first.library(), libs, dims, false));
        for (Remark r : first.library().limitations()) {
            consequences.add(new Argument(Kind.BAD, v.text("adr.limitation", clause(r.text().in(v.lang())), r.source())));
        }
        List<DecisionRecord.OptionCase> cases = new ArrayList<>();
        for (Candidate c : shown) {
            List<Argument> args = new ArrayList<>();
            args.add(fitEvidence(c.fit()));
            args.addAll(leadsAndLags(c.library(), libs, dims, true));
            args.addAll(remarks(c.library()));
            String description = v.text("adr.recommend.description", v.categoryLabel(c.library().category()),
                    Views.fixed(c.decision(), 2), c.fit().fit() == null
                    ? v.text("adr.recommend.maturityAlone")
                    : v.text("adr.recommend.formula", Views.fixed(fitWeight, 2), Views.fixed(c.fit().fit(), 2),
                    Views.fixed(1 - fitWeight, 2), Views.score(c.maturity())), v.tierLabel(c.tier()));
            cases.add(new DecisionRecord.OptionCase(c.library().name(), description, args));
        }
        return new DecisionRecord(words(), title, options.status(), date.toString(), options.decisionMakers(), context,
                drivers, optionLines, first.library().name(), because, consequences, confirmation(libs), command, cases,
                moreInformation(libs, unscored.stream().map(Candidate::library).toList())).markdown();
    }

    private List<String> dimensionIds() {
        return v.catalog().dimensionIds();
    }

    private List<String> weightDrivers(ProfileWeights profile) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> w : profile.weights().asMap().entrySet()) {
            out.add(v.text("adr.weightDriver", dimensionLabel(w.getKey()), Views.fixed(w.getValue(), 2)));
        }
        return out;
    }

    private String dimensionLabel(String id) {
        return v.catalog().dimension(id).map(d -> d.label().in(v.lang())).orElse(id);
    }

    /** A dimension's label inside a sentence: lower case in English ("leads on community activity"). */
    private String dimensionInText(String id) {
        String label = dimensionLabel(id);
        return v.lang() == Lang.EN ? label.toLowerCase(java.util.Locale.ROOT) : label;
    }

    /** {@code text} ended by exactly one full stop of the language. */
    private String sentence(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1);
        }
        return t + v.text("adr.fullStop");
    }

    /** A source's remark after "because": its first letter lower case unless it starts a name (BERT, WebGPU), no full stop. */
    private String clause(String text) {
        String t = text.strip();
        while (t.endsWith(".") || t.endsWith("。")) {
            t = t.substring(0, t.length() - 1);
        }
        if (v.lang() == Lang.EN && t.length() > 1 && Character.isUpperCase(t.charAt(0)) && Character.isLowerCase(t.charAt(1))) {
            t = Character.toLowerCase(t.charAt(0)) + t.substring(1);
        }
        return t;
    }

    /**
     * What {@code lib} leads on (Good), trails on (Bad) and ties on (Neutral) against the other options, one
     * dimension at a time; for the consequences ({@code all} false) ties are left out.
     */
    private List<Argument> leadsAndLags(Library lib, List<Library> libs, List<Comparison.DimensionRow> rows, boolean all) {
        List<Argument> good = new ArrayList<>();
        List<Argument> neutral = new ArrayList<>();
        List<Argument> bad = new ArrayList<>();
        for (Comparison.DimensionRow r : rows) {
            Double mine = r.scores().get(lib.id());
            if (mine == null || r.scores().size() < 2) {
                continue;
            }
            String dim = dimensionInText(r.dimension());
            if (lib.id().equals(r.leader())) {
                good.add(new Argument(Kind.GOOD, v.text("adr.leads", dim, Views.fixed(mine, 1), runnersUp(r, lib))));
                continue;
            }
            double best = r.scores().values().stream().mapToDouble(Double::doubleValue).max().orElse(mine);
            if (r.leader() == null && Views.fixed(best, 1).equals(Views.fixed(mine, 1))) {
                if (all) {
                    neutral.add(new Argument(Kind.NEUTRAL, v.text("adr.ties", dim, Views.fixed(mine, 1))));
                }
            } else {
                String leader = r.leader() == null ? "" : v.catalog().nameOf(r.leader());
                bad.add(new Argument(Kind.BAD, v.text("adr.trails", dim, Views.fixed(mine, 1), leader.isEmpty() ? "" : leader + " ",
                        Views.fixed(best, 1))));
            }
        }
        List<Argument> out = new ArrayList<>(good);
        out.addAll(neutral);
        out.addAll(bad);
        return out;
    }

    /** The other options' scores on a dimension, as "Burn 4.5". */
    private String runnersUp(Comparison.DimensionRow r, Library lib) {
        List<String> out = new ArrayList<>();
        r.scores().forEach((id, s) -> {
            if (!id.equals(lib.id())) {
                out.add(v.catalog().nameOf(id) + " " + Views.fixed(s, 1));
            }
        });
        return String.join(v.text("adr.clause.separator"), out);
    }

    private List<Argument> remarks(Library l) {
        List<Argument> out = new ArrayList<>();
        for (Remark r : l.strengths()) {
            out.add(new Argument(Kind.GOOD, clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
        }
        for (Remark r : l.limitations()) {
            out.add(new Argument(Kind.BAD, clause(r.text().in(v.lang())) + " (" + r.source() + ")"));
        }
        return out;
    }

    private Argument fitArgument(ScenarioRating r) {
        String scenario = v.scenarioLabel(r.scenario());
        if (r.stars() == null) {
            return new Argument(Kind.GOOD, v.text("adr.fit.recommended", scenario, r.source()));
        }
        Kind kind = r.stars() >= 4 ? Kind.GOOD : r.stars() == 3 ? Kind.NEUTRAL : Kind.BAD;
        return new Argument(kind, v.text("adr.fit.rated", scenario, Views.stars(r.stars()), r.source()));
    }

    /** The best evidence of fit for the scenario: a direct rating of four stars or more is Good, inferred is Neutral. */
    private Argument fitEvidence(Evidence e) {
        String reason = advisor.report.Recommendation.reason(v.catalog(), e, advisor.render.Messages.of(v.lang()));
        if (e.fit() == null) {
            return new Argument(Kind.GOOD, v.text("adr.evidence.recommended", reason));
        }
        if (!e.direct()) {
            return new Argument(Kind.NEUTRAL, v.text("adr.evidence.inferred", fitText(e), reason));
        }
        Kind kind = e.stars() >= 4 ? Kind.GOOD : e.stars() == 3 ? Kind.NEUTRAL : Kind.BAD;
        return new Argument(kind, v.text("adr.evidence.rated", Views.stars(e.stars()), reason));
    }

    private String fitText(Evidence e) {
        return advisor.report.Recommendation.fitText(e, advisor.render.Messages.of(v.lang()));
    }

    private static String starsOrDash(Integer stars) {
        return stars == null ? "—" : Views.stars(stars);
    }

    private String maturityText(Library l, ProfileWeights profile) {
        Optional<MaturityScore> m = v.maturity(l, profile.weights());
        return m.map(s -> v.text("adr.maturity", Views.score(s), v.tierLabel(v.tierOf(s.value()))))
                .orElse(v.text("tier.notScored"));
    }

    private String description(Library l, ProfileWeights profile) {
        String text = v.text("adr.description", v.categoryLabel(l.category()), maturityText(l, profile));
        Optional<MaturityScore> m = v.maturity(l, profile.weights());
        if (m.isPresent()) {
            text += m.get().basis() == MaturityScore.Basis.REPORTED
                    ? v.text("adr.description.reported")
                    : v.text("adr.description.computed", l.evaluation().dimensions().size(), profile.name());
        }
        if (l.evaluation() != null && l.evaluation().reported() != null) {
            text += v.text("adr.description.sourceReports", Views.fixed(l.evaluation().reported().score(), 1),
                    v.tierLabel(l.evaluation().reported().tier()));
        }
        return text + v.text("adr.fullStop");
    }

    /** Others' scores after the first, as "Burn 4.14, Linfa 3.20". */
    private String others(List<Candidate> ranked) {
        List<String> out = new ArrayList<>();
        for (Candidate c : ranked.subList(1, ranked.size())) {
            out.add(c.library().name() + " " + Views.fixed(c.decision(), 2));
        }
        return String.join(v.text("adr.list.separator"), out);
    }

    /** Others' maturity after the first, as shown: "Burn 4.14". */
    private String othersMaturity(List<Candidate> ranked) {
        List<String> out = new ArrayList<>();
        for (Candidate c : ranked.subList(1, ranked.size())) {
            out.add(c.library().name() + " " + Views.score(c.maturity()));
        }
        return String.join(v.text("adr.list.separator"), out);
    }

    private List<String> confirmation(List<Library> libs) {
        List<String> out = new ArrayList<>();
        out.add(v.text("adr.confirm.rerun"));
        LocalDate due = null;
        for (Library l : libs) {
            if (l.evaluation() == null) {
                continue;
            }
            LocalDate d = v.catalog().source(l.evaluation().source()).map(s -> s.reviewDue(l.evaluation().date())).orElse(null);
            if (d != null && (due == null || d.isBefore(due))) {
                due = d;
            }
        }
        if (due != null) {
            out.add(due.isBefore(date)
                    ? v.text("adr.confirm.reviewNow", due.toString())
                    : v.text("adr.confirm.reviewBy", due.toString()));
        }
        return out;
    }

    /** Each option's evaluation with its date and review state on the record's date, then the sources used, then the unscored. */
    private List<String> moreInformation(List<Library> libs, List<Library> unscored) {
        List<String> out = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (Library l : libs) {
            if (l.evaluation() != null) {
                sources.add(l.evaluation().source());
                Source src = v.catalog().source(l.evaluation().source()).orElse(null);
                LocalDate due = src == null ? null : src.reviewDue(l.evaluation().date());
                String text = v.text("adr.info.evaluated", l.name(), String.valueOf(l.evaluation().date()), l.evaluation().source());
                if (due != null) {
                    text += due.isBefore(date) ? v.text("adr.info.stale", due.toString())
                            : v.text("adr.info.reviewDue", due.toString());
                } else {
                    text += v.text("adr.fullStop");
                }
                out.add(text);
            } else {
                out.add(v.text("adr.info.noEvaluation", l.name()));
            }
            l.strengths().forEach(r -> sources.add(r.source()));
            l.limitations().forEach(r -> sources.add(r.source()));
            l.scenarios().forEach(r -> sources.add(r.source()));
        }
        for (String id : sources) {
            v.catalog().source(id).ifPresent(s -> out.add(v.text("adr.info.source", s.id(), s.title().in(v.lang()),
                    s.date() == null ? v.text("adr.info.undated") : s.date().toString(), s.file())));
        }
        if (!unscored.isEmpty()) {
            out.add(v.text("adr.info.unscored", String.join(v.text("adr.list.separator"), unscored.stream().map(Library::name).toList())));
        }
        out.add(v.text("adr.info.written", date.toString()));
        return out;
    }

    /** The options that give these weights on a command line: " --profile balanced --weight performance=10". */
    static String profileArguments(ProfileWeights p) {
        StringBuilder sb = new StringBuilder(" --profile ").append(p.base().id());
        p.overrides().forEach((dim, w) -> sb.append(" --weight ").append(dim).append('=')
                .append(advisor.model.Precision.figure(w).toPlainString()));
        return sb.toString();
    }

    /** "a, b and c" ("a、b、c"): the names as a list in a sentence. */
    private String and(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(v.text("adr.list.separator"), names.subList(0, names.size() - 1)) + v.text("adr.list.and")
                + names.get(names.size() - 1);
    }
}
