package advisor.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The binary form of each record the snapshot and the file cache hold, field by field in the order of
 * the record's components. GENERATED from the records by {@code CatalogRecordsTest}: do not edit; after
 * changing a record, regenerate with {@code ./mvnw -q test -Dtest=CatalogRecordsTest -Dcodec.update=true}.
 * Every reference may be null (a presence mark, or -1 as a count); see {@link CatalogCodec}.
 */
final class CatalogRecords {
    /** A digest of the layout below: it changes whenever a field is added, removed or retyped. */
    static final int LAYOUT = -965638552;
    private static final advisor.model.Scenario.Kind[] ADVISOR_MODEL_SCENARIO_KIND = advisor.model.Scenario.Kind.values();
    private static final advisor.catalog.Problem.Severity[] ADVISOR_CATALOG_PROBLEM_SEVERITY = advisor.catalog.Problem.Severity.values();
    private static final advisor.model.Integration.Relation[] ADVISOR_MODEL_INTEGRATION_RELATION = advisor.model.Integration.Relation.values();

    private CatalogRecords() {
    }

    static void writeParsed(CatalogCodec.Out o, advisor.catalog.CatalogLoader.Parsed v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        writeListOfSource(o, v.sources());
        writeListOfDimension(o, v.dimensions());
        writeListOfTier(o, v.tiers());
        writeListOfProfile(o, v.profiles());
        writeListOfCategory(o, v.categories());
        writeListOfScenario(o, v.scenarios());
        writeListOfTrend(o, v.trends());
        writeListOfLibrary(o, v.libraries());
        writeListOfProblem(o, v.problems());
        writeListOfRefs(o, v.refs());
        writeListOfProblem(o, v.checks());
        writeRadar(o, v.radar());
        writeListOfStack(o, v.stacks());
        writeListOfIntegration(o, v.integrations());
    }

    static advisor.catalog.CatalogLoader.Parsed readParsed(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.catalog.CatalogLoader.Parsed(
                readListOfSource(i),
                readListOfDimension(i),
                readListOfTier(i),
                readListOfProfile(i),
                readListOfCategory(i),
                readListOfScenario(i),
                readListOfTrend(i),
                readListOfLibrary(i),
                readListOfProblem(i),
                readListOfRefs(i),
                readListOfProblem(i),
                readRadar(i),
                readListOfStack(i),
                readListOfIntegration(i));
    }

    static void writeSource(CatalogCodec.Out o, advisor.model.Source v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.title());
        o.str(v.file());
        CatalogCodec.writeDate(o, v.date());
        o.data.writeBoolean(v.reviewMonths() != null);
        if (v.reviewMonths() != null) {
            o.data.writeInt(v.reviewMonths());
        }
        writeLoc(o, v.loc());
    }

    static advisor.model.Source readSource(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Source(
                i.str(),
                readText(i),
                i.str(),
                CatalogCodec.readDate(i),
                i.data.readBoolean() ? i.data.readInt() : null,
                readLoc(i));
    }

    static void writeText(CatalogCodec.Out o, advisor.model.Text v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.en());
        o.str(v.zh());
    }

    static advisor.model.Text readText(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Text(
                i.str(),
                i.str());
    }

    static void writeLoc(CatalogCodec.Out o, advisor.model.Loc v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.file());
        o.data.writeInt(v.line());
        o.data.writeInt(v.column());
    }

    static advisor.model.Loc readLoc(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Loc(
                i.str(),
                i.data.readInt(),
                i.data.readInt());
    }

    static void writeListOfSource(CatalogCodec.Out o, List<advisor.model.Source> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Source item : v) {
            writeSource(o, item);
        }
    }

    static List<advisor.model.Source> readListOfSource(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Source> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readSource(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeDimension(CatalogCodec.Out o, advisor.model.Dimension v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeText(o, v.description());
        writeLoc(o, v.loc());
    }

    static advisor.model.Dimension readDimension(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Dimension(
                i.str(),
                readText(i),
                readText(i),
                readLoc(i));
    }

    static void writeListOfDimension(CatalogCodec.Out o, List<advisor.model.Dimension> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Dimension item : v) {
            writeDimension(o, item);
        }
    }

    static List<advisor.model.Dimension> readListOfDimension(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Dimension> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readDimension(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeTier(CatalogCodec.Out o, advisor.model.Tier v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        o.str(v.icon());
        o.data.writeDouble(v.minScore());
        writeLoc(o, v.loc());
    }

    static advisor.model.Tier readTier(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Tier(
                i.str(),
                readText(i),
                i.str(),
                i.data.readDouble(),
                readLoc(i));
    }

    static void writeListOfTier(CatalogCodec.Out o, List<advisor.model.Tier> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Tier item : v) {
            writeTier(o, item);
        }
    }

    static List<advisor.model.Tier> readListOfTier(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Tier> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readTier(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeProfile(CatalogCodec.Out o, advisor.model.Profile v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeText(o, v.rationale());
        writeMapOfDouble(o, v.weights());
        writeLoc(o, v.loc());
    }

    static advisor.model.Profile readProfile(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Profile(
                i.str(),
                readText(i),
                readText(i),
                readMapOfDouble(i),
                readLoc(i));
    }

    static void writeMapOfDouble(CatalogCodec.Out o, Map<String, java.lang.Double> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (Map.Entry<String, java.lang.Double> e : v.entrySet()) {
            o.str(e.getKey());
            o.data.writeBoolean(e.getValue() != null);
            if (e.getValue() != null) {
                o.data.writeDouble(e.getValue());
            }
        }
    }

    static Map<String, java.lang.Double> readMapOfDouble(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        Map<String, java.lang.Double> c = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            c.put(i.str(), i.data.readBoolean() ? i.data.readDouble() : null);
        }
        return Collections.unmodifiableMap(c);
    }

    static void writeListOfProfile(CatalogCodec.Out o, List<advisor.model.Profile> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Profile item : v) {
            writeProfile(o, item);
        }
    }

    static List<advisor.model.Profile> readListOfProfile(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Profile> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readProfile(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeCategory(CatalogCodec.Out o, advisor.model.Category v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeLoc(o, v.loc());
    }

    static advisor.model.Category readCategory(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Category(
                i.str(),
                readText(i),
                readLoc(i));
    }

    static void writeListOfCategory(CatalogCodec.Out o, List<advisor.model.Category> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Category item : v) {
            writeCategory(o, item);
        }
    }

    static List<advisor.model.Category> readListOfCategory(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Category> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readCategory(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeScenario(CatalogCodec.Out o, advisor.model.Scenario v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeListOfString(o, v.aliases());
        writeListOfRelated(o, v.related());
        o.data.writeByte(v.kind() == null ? -1 : v.kind().ordinal());
        writeListOfString(o, v.categories());
        writeLoc(o, v.loc());
    }

    static advisor.model.Scenario readScenario(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Scenario(
                i.str(),
                readText(i),
                readListOfString(i),
                readListOfRelated(i),
                CatalogCodec.constant(i, ADVISOR_MODEL_SCENARIO_KIND),
                readListOfString(i),
                readLoc(i));
    }

    static void writeListOfString(CatalogCodec.Out o, List<java.lang.String> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (java.lang.String item : v) {
            o.str(item);
        }
    }

    static List<java.lang.String> readListOfString(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<java.lang.String> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(i.str());
        }
        return Collections.unmodifiableList(c);
    }

    static void writeRelated(CatalogCodec.Out o, advisor.model.Scenario.Related v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.scenario());
        o.data.writeDouble(v.strength());
        writeLoc(o, v.loc());
    }

    static advisor.model.Scenario.Related readRelated(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Scenario.Related(
                i.str(),
                i.data.readDouble(),
                readLoc(i));
    }

    static void writeListOfRelated(CatalogCodec.Out o, List<advisor.model.Scenario.Related> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Scenario.Related item : v) {
            writeRelated(o, item);
        }
    }

    static List<advisor.model.Scenario.Related> readListOfRelated(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Scenario.Related> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readRelated(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeListOfScenario(CatalogCodec.Out o, List<advisor.model.Scenario> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Scenario item : v) {
            writeScenario(o, item);
        }
    }

    static List<advisor.model.Scenario> readListOfScenario(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Scenario> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readScenario(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeTrend(CatalogCodec.Out o, advisor.model.Trend v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeListOfString(o, v.libraries());
        writeListOfString(o, v.scenarios());
        o.data.writeInt(v.impact());
        writeText(o, v.advice());
        o.str(v.source());
        writeLoc(o, v.loc());
    }

    static advisor.model.Trend readTrend(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Trend(
                i.str(),
                readText(i),
                readListOfString(i),
                readListOfString(i),
                i.data.readInt(),
                readText(i),
                i.str(),
                readLoc(i));
    }

    static void writeListOfTrend(CatalogCodec.Out o, List<advisor.model.Trend> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Trend item : v) {
            writeTrend(o, item);
        }
    }

    static List<advisor.model.Trend> readListOfTrend(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Trend> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readTrend(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeLibrary(CatalogCodec.Out o, advisor.model.Library v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        o.str(v.name());
        writeListOfString(o, v.aliases());
        o.str(v.category());
        o.str(v.repository());
        writeText(o, v.summary());
        writeListOfFact(o, v.facts());
        writeEvaluation(o, v.evaluation());
        writeListOfScenarioRating(o, v.scenarios());
        writeListOfRemark(o, v.strengths());
        writeListOfRemark(o, v.limitations());
        writeListOfMeasurement(o, v.measurements());
        writeListOfRemark(o, v.notes());
        writeListOfRingPlacement(o, v.rings());
        o.data.writeBoolean(v.extension());
        writeLoc(o, v.loc());
    }

    static advisor.model.Library readLibrary(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Library(
                i.str(),
                i.str(),
                readListOfString(i),
                i.str(),
                i.str(),
                readText(i),
                readListOfFact(i),
                readEvaluation(i),
                readListOfScenarioRating(i),
                readListOfRemark(i),
                readListOfRemark(i),
                readListOfMeasurement(i),
                readListOfRemark(i),
                readListOfRingPlacement(i),
                i.data.readBoolean(),
                readLoc(i));
    }

    static void writeFact(CatalogCodec.Out o, advisor.model.Fact v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.key());
        o.str(v.value());
        writeText(o, v.text());
        o.str(v.asOf());
        o.str(v.source());
        writeLoc(o, v.loc());
    }

    static advisor.model.Fact readFact(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Fact(
                i.str(),
                i.str(),
                readText(i),
                i.str(),
                i.str(),
                readLoc(i));
    }

    static void writeListOfFact(CatalogCodec.Out o, List<advisor.model.Fact> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Fact item : v) {
            writeFact(o, item);
        }
    }

    static List<advisor.model.Fact> readListOfFact(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Fact> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readFact(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeEvaluation(CatalogCodec.Out o, advisor.model.Evaluation v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.source());
        CatalogCodec.writeDate(o, v.date());
        writeMapOfDimensionScore(o, v.dimensions());
        writeReported(o, v.reported());
        writeLoc(o, v.loc());
    }

    static advisor.model.Evaluation readEvaluation(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Evaluation(
                i.str(),
                CatalogCodec.readDate(i),
                readMapOfDimensionScore(i),
                readReported(i),
                readLoc(i));
    }

    static void writeDimensionScore(CatalogCodec.Out o, advisor.model.DimensionScore v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.data.writeDouble(v.score());
        writeText(o, v.note());
        writeLoc(o, v.loc());
    }

    static advisor.model.DimensionScore readDimensionScore(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.DimensionScore(
                i.data.readDouble(),
                readText(i),
                readLoc(i));
    }

    static void writeMapOfDimensionScore(CatalogCodec.Out o, Map<String, advisor.model.DimensionScore> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (Map.Entry<String, advisor.model.DimensionScore> e : v.entrySet()) {
            o.str(e.getKey());
            writeDimensionScore(o, e.getValue());
        }
    }

    static Map<String, advisor.model.DimensionScore> readMapOfDimensionScore(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        Map<String, advisor.model.DimensionScore> c = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            c.put(i.str(), readDimensionScore(i));
        }
        return Collections.unmodifiableMap(c);
    }

    static void writeReported(CatalogCodec.Out o, advisor.model.Evaluation.Reported v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.data.writeDouble(v.score());
        o.str(v.tier());
        writeLoc(o, v.loc());
    }

    static advisor.model.Evaluation.Reported readReported(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Evaluation.Reported(
                i.data.readDouble(),
                i.str(),
                readLoc(i));
    }

    static void writeScenarioRating(CatalogCodec.Out o, advisor.model.ScenarioRating v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.scenario());
        o.data.writeBoolean(v.stars() != null);
        if (v.stars() != null) {
            o.data.writeInt(v.stars());
        }
        o.str(v.source());
        writeText(o, v.note());
        writeLoc(o, v.loc());
    }

    static advisor.model.ScenarioRating readScenarioRating(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.ScenarioRating(
                i.str(),
                i.data.readBoolean() ? i.data.readInt() : null,
                i.str(),
                readText(i),
                readLoc(i));
    }

    static void writeListOfScenarioRating(CatalogCodec.Out o, List<advisor.model.ScenarioRating> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.ScenarioRating item : v) {
            writeScenarioRating(o, item);
        }
    }

    static List<advisor.model.ScenarioRating> readListOfScenarioRating(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.ScenarioRating> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readScenarioRating(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeRemark(CatalogCodec.Out o, advisor.model.Remark v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        writeText(o, v.text());
        o.str(v.source());
        writeLoc(o, v.loc());
    }

    static advisor.model.Remark readRemark(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Remark(
                readText(i),
                i.str(),
                readLoc(i));
    }

    static void writeListOfRemark(CatalogCodec.Out o, List<advisor.model.Remark> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Remark item : v) {
            writeRemark(o, item);
        }
    }

    static List<advisor.model.Remark> readListOfRemark(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Remark> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readRemark(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeMeasurement(CatalogCodec.Out o, advisor.model.Measurement v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        writeText(o, v.metric());
        o.data.writeDouble(v.value());
        o.data.writeBoolean(v.valueMax() != null);
        if (v.valueMax() != null) {
            o.data.writeDouble(v.valueMax());
        }
        o.str(v.qualifier());
        o.str(v.unit());
        writeMapOfString(o, v.conditions());
        o.str(v.role());
        writeText(o, v.note());
        o.str(v.source());
        writeLoc(o, v.loc());
    }

    static advisor.model.Measurement readMeasurement(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Measurement(
                readText(i),
                i.data.readDouble(),
                i.data.readBoolean() ? i.data.readDouble() : null,
                i.str(),
                i.str(),
                readMapOfString(i),
                i.str(),
                readText(i),
                i.str(),
                readLoc(i));
    }

    static void writeMapOfString(CatalogCodec.Out o, Map<String, java.lang.String> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (Map.Entry<String, java.lang.String> e : v.entrySet()) {
            o.str(e.getKey());
            o.str(e.getValue());
        }
    }

    static Map<String, java.lang.String> readMapOfString(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        Map<String, java.lang.String> c = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            c.put(i.str(), i.str());
        }
        return Collections.unmodifiableMap(c);
    }

    static void writeListOfMeasurement(CatalogCodec.Out o, List<advisor.model.Measurement> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Measurement item : v) {
            writeMeasurement(o, item);
        }
    }

    static List<advisor.model.Measurement> readListOfMeasurement(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Measurement> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readMeasurement(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeRingPlacement(CatalogCodec.Out o, advisor.model.RingPlacement v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.ring());
        o.str(v.date());
        o.str(v.source());
        writeText(o, v.note());
        writeLoc(o, v.loc());
    }

    static advisor.model.RingPlacement readRingPlacement(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.RingPlacement(
                i.str(),
                i.str(),
                i.str(),
                readText(i),
                readLoc(i));
    }

    static void writeListOfRingPlacement(CatalogCodec.Out o, List<advisor.model.RingPlacement> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.RingPlacement item : v) {
            writeRingPlacement(o, item);
        }
    }

    static List<advisor.model.RingPlacement> readListOfRingPlacement(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.RingPlacement> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readRingPlacement(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeListOfLibrary(CatalogCodec.Out o, List<advisor.model.Library> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Library item : v) {
            writeLibrary(o, item);
        }
    }

    static List<advisor.model.Library> readListOfLibrary(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Library> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readLibrary(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeProblem(CatalogCodec.Out o, advisor.catalog.Problem v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.data.writeByte(v.severity() == null ? -1 : v.severity().ordinal());
        o.str(v.code());
        o.str(v.file());
        o.data.writeInt(v.line());
        o.data.writeInt(v.column());
        o.str(v.library());
        o.str(v.message());
    }

    static advisor.catalog.Problem readProblem(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.catalog.Problem(
                CatalogCodec.constant(i, ADVISOR_CATALOG_PROBLEM_SEVERITY),
                i.str(),
                i.str(),
                i.data.readInt(),
                i.data.readInt(),
                i.str(),
                i.str());
    }

    static void writeListOfProblem(CatalogCodec.Out o, List<advisor.catalog.Problem> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.catalog.Problem item : v) {
            writeProblem(o, item);
        }
    }

    static List<advisor.catalog.Problem> readListOfProblem(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.catalog.Problem> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readProblem(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeListOfRefs(CatalogCodec.Out o, List<advisor.catalog.Refs> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.catalog.Refs item : v) {
            CatalogCodec.writeRefs(o, item);
        }
    }

    static List<advisor.catalog.Refs> readListOfRefs(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.catalog.Refs> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(CatalogCodec.readRefs(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeRadar(CatalogCodec.Out o, advisor.model.Radar v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        writeListOfRing(o, v.rings());
        writeListOfQuadrant(o, v.quadrants());
        writeRingPolicy(o, v.policy());
    }

    static advisor.model.Radar readRadar(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Radar(
                readListOfRing(i),
                readListOfQuadrant(i),
                readRingPolicy(i));
    }

    static void writeRing(CatalogCodec.Out o, advisor.model.Ring v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        o.data.writeInt(v.order());
        o.str(v.color());
        writeLoc(o, v.loc());
    }

    static advisor.model.Ring readRing(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Ring(
                i.str(),
                readText(i),
                i.data.readInt(),
                i.str(),
                readLoc(i));
    }

    static void writeListOfRing(CatalogCodec.Out o, List<advisor.model.Ring> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Ring item : v) {
            writeRing(o, item);
        }
    }

    static List<advisor.model.Ring> readListOfRing(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Ring> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readRing(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeQuadrant(CatalogCodec.Out o, advisor.model.Quadrant v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeListOfString(o, v.aliases());
        writeListOfString(o, v.categories());
        writeLoc(o, v.loc());
    }

    static advisor.model.Quadrant readQuadrant(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Quadrant(
                i.str(),
                readText(i),
                readListOfString(i),
                readListOfString(i),
                readLoc(i));
    }

    static void writeListOfQuadrant(CatalogCodec.Out o, List<advisor.model.Quadrant> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Quadrant item : v) {
            writeQuadrant(o, item);
        }
    }

    static List<advisor.model.Quadrant> readListOfQuadrant(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Quadrant> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readQuadrant(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeRingPolicy(CatalogCodec.Out o, advisor.model.RingPolicy v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        writeMapOfString(o, v.tiers());
        writeText(o, v.rationale());
        writeLoc(o, v.loc());
    }

    static advisor.model.RingPolicy readRingPolicy(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.RingPolicy(
                readMapOfString(i),
                readText(i),
                readLoc(i));
    }

    static void writeStack(CatalogCodec.Out o, advisor.model.Stack v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeText(o, v.summary());
        writeListOfString(o, v.scenarios());
        writeListOfLayer(o, v.layers());
        writeListOfEdge(o, v.edges());
        o.str(v.source());
        writeListOfMeasurement(o, v.measurements());
        writeListOfRemark(o, v.notes());
        writeLoc(o, v.loc());
    }

    static advisor.model.Stack readStack(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Stack(
                i.str(),
                readText(i),
                readText(i),
                readListOfString(i),
                readListOfLayer(i),
                readListOfEdge(i),
                i.str(),
                readListOfMeasurement(i),
                readListOfRemark(i),
                readLoc(i));
    }

    static void writeLayer(CatalogCodec.Out o, advisor.model.Stack.Layer v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.id());
        writeText(o, v.label());
        writeListOfString(o, v.categories());
        writeListOfString(o, v.libraries());
        o.str(v.choice());
        writeLoc(o, v.loc());
    }

    static advisor.model.Stack.Layer readLayer(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Stack.Layer(
                i.str(),
                readText(i),
                readListOfString(i),
                readListOfString(i),
                i.str(),
                readLoc(i));
    }

    static void writeListOfLayer(CatalogCodec.Out o, List<advisor.model.Stack.Layer> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Stack.Layer item : v) {
            writeLayer(o, item);
        }
    }

    static List<advisor.model.Stack.Layer> readListOfLayer(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Stack.Layer> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readLayer(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeEdge(CatalogCodec.Out o, advisor.model.Stack.Edge v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.from());
        o.str(v.to());
        writeText(o, v.label());
        writeLoc(o, v.loc());
    }

    static advisor.model.Stack.Edge readEdge(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Stack.Edge(
                i.str(),
                i.str(),
                readText(i),
                readLoc(i));
    }

    static void writeListOfEdge(CatalogCodec.Out o, List<advisor.model.Stack.Edge> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Stack.Edge item : v) {
            writeEdge(o, item);
        }
    }

    static List<advisor.model.Stack.Edge> readListOfEdge(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Stack.Edge> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readEdge(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeListOfStack(CatalogCodec.Out o, List<advisor.model.Stack> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Stack item : v) {
            writeStack(o, item);
        }
    }

    static List<advisor.model.Stack> readListOfStack(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Stack> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readStack(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeIntegration(CatalogCodec.Out o, advisor.model.Integration v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.library());
        o.str(v.with());
        o.data.writeByte(v.relation() == null ? -1 : v.relation().ordinal());
        writeText(o, v.note());
        o.str(v.source());
        writeLoc(o, v.loc());
    }

    static advisor.model.Integration readIntegration(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.model.Integration(
                i.str(),
                i.str(),
                CatalogCodec.constant(i, ADVISOR_MODEL_INTEGRATION_RELATION),
                readText(i),
                i.str(),
                readLoc(i));
    }

    static void writeListOfIntegration(CatalogCodec.Out o, List<advisor.model.Integration> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.model.Integration item : v) {
            writeIntegration(o, item);
        }
    }

    static List<advisor.model.Integration> readListOfIntegration(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.model.Integration> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readIntegration(i));
        }
        return Collections.unmodifiableList(c);
    }

    static void writeEntry(CatalogCodec.Out o, advisor.catalog.LibraryFileCache.Entry v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.str(v.name());
        writeStamp(o, v.stamp());
        o.data.writeBoolean(v.trusted());
        o.data.writeLong(v.digest());
        writeLibrary(o, v.library());
        writeListOfProblem(o, v.problems());
        writeListOfRefs(o, v.refs());
    }

    static advisor.catalog.LibraryFileCache.Entry readEntry(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.catalog.LibraryFileCache.Entry(
                i.str(),
                readStamp(i),
                i.data.readBoolean(),
                i.data.readLong(),
                readLibrary(i),
                readListOfProblem(i),
                readListOfRefs(i));
    }

    static void writeStamp(CatalogCodec.Out o, advisor.catalog.LibraryFileCache.Stamp v) throws IOException {
        o.data.writeBoolean(v != null);
        if (v == null) {
            return;
        }
        o.data.writeLong(v.size());
        o.data.writeLong(v.modified());
        o.data.writeLong(v.changed());
    }

    static advisor.catalog.LibraryFileCache.Stamp readStamp(CatalogCodec.In i) throws IOException {
        if (!i.data.readBoolean()) {
            return null;
        }
        return new advisor.catalog.LibraryFileCache.Stamp(
                i.data.readLong(),
                i.data.readLong(),
                i.data.readLong());
    }

    static void writeListOfEntry(CatalogCodec.Out o, List<advisor.catalog.LibraryFileCache.Entry> v) throws IOException {
        o.data.writeInt(v == null ? -1 : v.size());
        if (v == null) {
            return;
        }
        for (advisor.catalog.LibraryFileCache.Entry item : v) {
            writeEntry(o, item);
        }
    }

    static List<advisor.catalog.LibraryFileCache.Entry> readListOfEntry(CatalogCodec.In i) throws IOException {
        int n = i.count();
        if (n < 0) {
            return null;
        }
        List<advisor.catalog.LibraryFileCache.Entry> c = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            c.add(readEntry(i));
        }
        return Collections.unmodifiableList(c);
    }
}
