package advisor.cli;

import advisor.model.Profile;
import picocli.CommandLine.Option;

/** {@code --profile}: the weight profile every score of an answer is computed under; one declaration for all commands. */
final class ProfileOption {
    @Option(names = "--profile", paramLabel = "PROFILE", defaultValue = "balanced",
            description = "Weight profile (default: ${DEFAULT-VALUE}); see 'advisor profiles'.")
    String name;

    /** The profile named (an unknown one exits 4 with suggestions). */
    Profile resolve(Views v) {
        return v.profile(name);
    }
}
