package advisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What advisor makes of its environment variables before any command runs. */
class EnvironmentTest {

    @Test
    void aHomeTheJvmCannotEncodeMeansNoCacheNotACrash() {
        // under an ASCII locale a non-ASCII HOME fails the same way as this NUL does under any locale
        assertThat(CatalogCache.of(Map.of("HOME", "/home/a\0b"))).isNotNull();
        assertThat(CatalogCache.of(Map.of("XDG_CACHE_HOME", "/cache/a\0b"))).isNotNull();
    }

    @Test
    void theUsersLocaleFromTheLauncherPicksTheLanguage() {
        Map<String, String> jvm = Map.of("LC_ALL", "C.UTF-8", "LANG", "zh_CN.UTF-8", "HOME", "/h");
        assertThat(Main.userLocale(jvm, null)).isSameAs(jvm);
        assertThat(Main.userLocale(jvm, "zh_CN.UTF-8")).containsEntry("LC_ALL", "zh_CN.UTF-8").containsEntry("HOME", "/h");
        Map<String, String> none = Main.userLocale(Map.of("LC_ALL", "C.UTF-8"), "");
        assertThat(none).doesNotContainKey("LC_ALL");
        Map<String, String> vars = new HashMap<>(Main.userLocale(jvm, "zh_CN.UTF-8"));
        Env env = Env.of(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                vars, () -> Cli.TODAY, java.io.InputStream.nullInputStream());
        assertThat(new Session(env, new CommonOptions()).lang()).isEqualTo(advisor.model.Lang.ZH);
    }
}
