package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExitCodeTest {
    @Test
    void theHelpAndTheManualListEachStatusOnceWithAllItMeans() {
        assertThat(ExitCode.summary()).isEqualTo("Exit codes: 0 success, 1 internal error or output not written,"
                + " 2 usage error, 3 invalid catalog, 4 unknown name.");
        assertThat(ExitCode.meanings()).extracting(m -> m[0]).containsExactly("0", "1", "2", "3", "4");
        assertThat(ExitCode.meanings().get(1)[1]).startsWith("internal error (").contains("), or the output could not be written (");
    }

    @Test
    void aStatusFromAnotherRunMapsBackToAnExitCodeWithTheSameStatus() {
        assertThat(ExitCode.of(3)).isEqualTo(ExitCode.INVALID_CATALOG);
        assertThat(ExitCode.of(1).code()).isEqualTo(1);
        assertThatThrownBy(() -> ExitCode.of(7)).isInstanceOf(IllegalArgumentException.class);
    }
}
