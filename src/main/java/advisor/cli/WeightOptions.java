package advisor.cli;

import advisor.catalog.NameIndex;
import advisor.catalog.Suggestions;
import advisor.model.Dimension;
import advisor.model.Profile;
import advisor.scoring.ProfileWeights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code --profile} and {@code --weight DIM=W}: the weights of the maturity score, shared by recommend, compare and stack. */
public final class WeightOptions {
    @Mixin
    ProfileOption profile;

    @Option(names = "--weight", paramLabel = "DIM=W",
            description = "Override one dimension's weight (repeatable), e.g. --weight stability=3. Weights are normalised.")
    List<String> overrides = new ArrayList<>();

    /** The profile with the overrides applied, normalised; a bad override exits 2, an unknown profile 4. */
    ProfileWeights resolve(Views v) {
        Profile p = profile.resolve(v);
        List<String> dims = v.catalog().dimensionIds();
        // a dimension is named like everything else: by id or label in either language, forgivingly
        // (the index only when there are overrides: most runs have none)
        NameIndex<Dimension> names = overrides.isEmpty() ? null
                : NameIndex.labelled(v.catalog().dimensions(), Dimension::id, Dimension::label);
        Map<String, Double> given = new LinkedHashMap<>();
        for (String o : overrides) {
            int eq = o.indexOf('=');
            if (eq <= 0) {
                throw AdvisorException.usage(v.text("weight.invalid.form", o));
            }
            String typed = o.substring(0, eq).trim();
            String value = o.substring(eq + 1).trim();
            String dim = names.find(typed).map(Dimension::id).orElseThrow(() -> AdvisorException.usage(v.text("weight.unknownDimension",
                    typed, Views.didYouMean(v.messages(), Suggestions.closest(typed, dims)), String.join(", ", dims))));
            double w;
            try {
                w = Double.parseDouble(value);
            } catch (NumberFormatException e) {
                w = Double.NaN;
            }
            if (!Double.isFinite(w) || w < 0 || w > 1000) {
                throw AdvisorException.usage(v.text("weight.invalid.value", value, dim));
            }
            given.put(dim, w);
        }
        try {
            return ProfileWeights.of(p, given, dims);
        } catch (IllegalArgumentException e) {
            throw AdvisorException.usage(v.text("weight.invalid", e.getMessage()));
        }
    }
}
