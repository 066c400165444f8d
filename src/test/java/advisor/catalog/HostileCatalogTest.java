package advisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import advisor.cli.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Catalogs that are not just wrong but hostile, made on the fly because they are binary, huge or
 * strange on the file system. Each must give exit 3, name the file, and print no stack trace.
 */
class HostileCatalogTest {
    @TempDir
    Path temp;

    private Cli.Result validate(Path overlay) {
        return new Cli().mini("validate", "--catalog", overlay.toString(), "--as-of", "2025-11-01");
    }

    private Path libraries() throws IOException {
        return Files.createDirectories(temp.resolve("overlay/libraries"));
    }

    private void assertRejected(String fileName, String code) {
        Cli.Result r = validate(temp.resolve("overlay"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        assertThat(r.out()).as(r.toString()).contains(fileName).contains("[" + code + "]");
        assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(libraries().resolve("garbage.yaml"), garbage);
        assertRejected("garbage.yaml", "invalid-utf8");
    }

    @Test
    void deepNesting() throws IOException {
        String deep = "id: deep\nname: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
        Files.writeString(libraries().resolve("deep.yaml"), deep);
        Cli.Result r = validate(temp.resolve("overlay"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(3);
        String file = temp.resolve("overlay/libraries/deep.yaml").toString();
        assertThat(r.out().lines().filter(l -> l.contains("deep.yaml")).toList()).as("one error per cause")
                .containsExactly(file + ":2:47: error [too-deep] YAML nesting is deeper than 40 levels; a catalog file "
                        + "needs far fewer");
        assertThat(r.err()).doesNotContain("\tat ");
    }

    @Test
    void parserMessagesCarryNoJavaNames() throws IOException {
        Files.writeString(libraries().resolve("list-key.yaml"), "id: list-key\n[a, b]: c\n");
        Files.writeString(libraries().resolve("map-key.yaml"), "id: map-key\n{a: 1}: c\n");
        Cli.Result r = validate(temp.resolve("overlay"));
        assertThat(r.out()).as(r.toString())
                .contains("list-key.yaml:2:2: error [yaml-syntax] YAML syntax: a key must be a plain text, not a list or a mapping")
                .contains("map-key.yaml:2:2: error [yaml-syntax] YAML syntax: a key must be a plain text, not a list or a mapping")
                .doesNotContain("org.yaml").doesNotContain("Event").doesNotContain("Exception");
    }

    @Test
    void hugeFile() throws IOException {
        Path file = libraries().resolve("huge.yaml");
        byte[] line = "# padding padding padding padding padding padding padding padding padding padding\n"
                .getBytes(StandardCharsets.UTF_8);
        try (var out = Files.newOutputStream(file)) {
            for (int written = 0; written <= YamlReader.MAX_FILE_BYTES; written += line.length) {
                out.write(line);
            }
        }
        assertRejected("huge.yaml", "file-too-large");
    }

    @Test
    void hugeStringOnOneLongLine() throws IOException {
        String text = "id: long-line\nname: " + "x".repeat(2_000_000) + "\ncategory: orm\nsummary: {en: a, zh: b}\n";
        Files.writeString(libraries().resolve("long-line.yaml"), text);
        assertRejected("long-line.yaml", "text-too-long");
    }

    @Test
    void directoryNamedLikeALibraryFile() throws IOException {
        Files.createDirectories(libraries().resolve("folder.yaml"));
        assertRejected("folder.yaml", "not-a-file");
    }

    @Test
    void directoryNamedLikeAReferenceFile() throws IOException {
        Files.createDirectories(temp.resolve("overlay/scenarios.yaml"));
        assertRejected("scenarios.yaml", "not-a-file");
    }

    @Test
    void misnamedFoldersAndFilesAreNamedWithWhatWasMeant() throws IOException {
        Path overlay = temp.resolve("overlay");
        Files.createDirectories(overlay.resolve("library"));
        Files.createDirectories(overlay.resolve("Libraries"));
        Files.writeString(overlay.resolve("profile.yaml"), "profiles: []\n");
        Files.writeString(overlay.resolve("Trends.YAML"), "trends: []\n");
        Files.writeString(overlay.resolve("README.md"), "# our catalog\n");
        Files.createDirectories(overlay.resolve("notes"));
        Cli.Result r = validate(overlay);
        assertThat(r.out()).as(r.toString())
                .contains(overlay + "/library: warning [ignored-file] directory 'library' is not read; did you mean 'libraries/'?")
                .contains(overlay + "/Libraries: warning [ignored-file] directory 'Libraries' is not read; did you mean 'libraries/'?")
                .contains(overlay + "/Trends.YAML: warning [ignored-file] file 'Trends.YAML' is not read; did you mean 'trends.yaml'?")
                .contains(overlay + "/profile.yaml: error [unknown-file] unknown catalog file; did you mean 'profiles.yaml'?")
                .doesNotContain("README.md").doesNotContain("notes");
        assertThat(r.exit()).isEqualTo(3);
    }

    @Test
    void symlinkLoop() throws IOException {
        Path lib = libraries();
        Files.createSymbolicLink(lib.resolve("loop.yaml"), lib.resolve("loop.yaml"));
        assertRejected("loop.yaml", "not-a-file");
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = libraries().resolve("secret.yaml");
        Files.writeString(file, "id: secret\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        Assumptions.assumeFalse(Files.isReadable(file), "running as root: every file is readable");
        assertRejected("secret.yaml", "unreadable");
        assertThat(validate(temp.resolve("overlay")).out()).contains("secret.yaml: error [unreadable] cannot read file: "
                + "permission denied");
    }

    @Test
    void readFailuresAreSaidInWordsNotClassNames() {
        assertThat(CatalogLoader.why(new java.nio.file.AccessDeniedException("/x/secret.yaml"))).isEqualTo("permission denied");
        assertThat(CatalogLoader.why(new java.nio.file.NoSuchFileException("/x/gone.yaml"))).isEqualTo("no such file or directory");
        assertThat(CatalogLoader.why(new java.nio.file.FileSystemException("/x/loop.yaml", null, "Too many levels of symbolic links")))
                .isEqualTo("Too many levels of symbolic links");
        assertThat(CatalogLoader.why(new IllegalStateException("boom"))).isEqualTo("input/output error");
    }

    @Test
    void missingCatalogDirectory() {
        Cli.Result r = new Cli().mini("list", "--catalog", temp.resolve("nowhere").toString());
        assertThat(r.exit()).isEqualTo(3);
        assertThat(r.err()).contains("catalog directory does not exist");
    }

    @Test
    void readOnlyCommandsNeverWriteToTheCatalog() throws Exception {
        Path copy = temp.resolve("copy");
        Files.createDirectories(copy.resolve("libraries"));
        try (var files = Files.walk(Cli.MINI)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                Files.copy(p, copy.resolve(Cli.MINI.relativize(p).toString()));
            }
        }
        String before = checksum(copy);
        for (String[] args : new String[][] {{"list"}, {"show", "alpha"}, {"recommend", "--scenario", "rag"},
            {"compare", "alpha", "beta"}, {"validate"}, {"scenarios"}, {"trends"}}) {
            String[] all = java.util.Arrays.copyOf(args, args.length + 3);
            all[args.length] = "--no-builtin-catalog";
            all[args.length + 1] = "--catalog";
            all[args.length + 2] = copy.toString();
            new Cli().run(all);
        }
        assertThat(checksum(copy)).isEqualTo(before);
    }

    private static String checksum(Path dir) throws Exception {
        java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted().toList()) {
                md.update(dir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                if (Files.isRegularFile(p)) {
                    md.update(Files.readAllBytes(p));
                    md.update(Files.getLastModifiedTime(p).toString().getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return java.util.HexFormat.of().formatHex(md.digest());
    }
}
