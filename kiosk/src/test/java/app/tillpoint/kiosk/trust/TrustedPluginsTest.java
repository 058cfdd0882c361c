package app.tillpoint.kiosk.trust;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrustedPluginsTest {
    @TempDir
    Path dir;

    private final Map<String, String> refused = new LinkedHashMap<>();

    @Test
    void aFilesDigestIsWhatSha256sumPrints() throws Exception {
        Path file = Files.writeString(dir.resolve("abc.jar"), "abc");

        assertThat(PluginDigest.ofFile(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aZipsFilesHaveTheDigestOfTheFolderItUnpacksInto() throws Exception {
        Path zip = zip(dir.resolve("loyalty.zip"), Map.of("plugin.properties", "plugin.id=loyalty\n",
                "classes/", "", "classes/com/example/Loyalty.class", "bytes", "lib/util.jar", "jar"));

        Path folder = PluginZip.unpack(zip);

        assertThat(folder).isEqualTo(dir.resolve("loyalty"));
        assertThat(folder.resolve("classes/com/example/Loyalty.class")).hasContent("bytes");
        assertThat(PluginDigest.ofFolder(folder)).isEqualTo(PluginDigest.ofZipContents(zip));
        Files.writeString(folder.resolve("lib/util.jar"), "another jar");
        assertThat(PluginDigest.ofFolder(folder)).isNotEqualTo(PluginDigest.ofZipContents(zip));
    }

    @Test
    void aZipWhoseEntryWouldLeaveItsFolderIsNeitherTrustedNorUnpackedEvenIfListedByHand() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("download"));
        Path zip = zip(elsewhere.resolve("evil.zip"), Map.of("plugin.properties", "plugin.id=evil\n",
                "../../escaped.txt", "written outside"));
        Path plugins = Files.createDirectories(dir.resolve("data/plugins"));

        assertThatThrownBy(() -> PluginTrust.trust(plugins, zip)).isInstanceOf(IOException.class)
                .hasMessageContaining("../../escaped.txt").hasMessageContaining("outside its folder");
        assertThat(plugins).isEmptyDirectory();

        Files.copy(zip, plugins.resolve("evil.zip"));
        TrustList.read(plugins).with(PluginDigest.ofFile(zip), "evil.zip").write(plugins);
        assertThat(TrustedPlugins.loadable(plugins, refused::put)).isEmpty();

        assertThat(refused).containsOnlyKeys("evil.zip");
        assertThat(refused.get("evil.zip")).contains("cannot be unpacked").contains("outside its folder");
        assertThat(dir.resolve("escaped.txt")).doesNotExist();
        assertThat(dir.resolve("data/escaped.txt")).doesNotExist();
        assertThat(plugins.resolve("evil")).doesNotExist();
    }

    @Test
    void anUntrustedZipIsNeitherUnpackedNorLoadedAndOnceTrustedItIsBoth() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path zip = zip(plugins.resolve("loyalty.zip"), Map.of("plugin.properties", "plugin.id=loyalty\n"));

        assertThat(TrustedPlugins.loadable(plugins, refused::put)).isEmpty();
        assertThat(plugins.resolve("loyalty")).doesNotExist();
        assertThat(refused.get("loyalty.zip")).isEqualTo("it is not trusted: its SHA-256 is " + PluginDigest.ofFile(zip)
                + "; an administrator trusts it with: tillpoint plugins trust " + zip.toAbsolutePath());

        PluginTrust.Trusted trusted = PluginTrust.trust(plugins, zip);
        refused.clear();

        assertThat(trusted.sha256()).isEqualTo(PluginDigest.ofFile(zip));
        assertThat(trusted.copied()).isFalse();
        assertThat(TrustedPlugins.loadable(plugins, refused::put)).containsExactly(plugins.resolve("loyalty"));
        assertThat(refused).isEmpty();
        assertThat(plugins.resolve(TrustList.FILE_NAME)).content()
                .contains(PluginDigest.ofFile(zip) + "  loyalty.zip");
    }

    @Test
    void aTrustedZipsFolderThatWasChangedIsUnpackedAgainFromTheZip() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path zip = zip(plugins.resolve("loyalty.zip"), Map.of("plugin.properties", "plugin.id=loyalty\n",
                "classes/Loyalty.class", "the vendor's"));
        PluginTrust.trust(plugins, zip);
        Files.writeString(plugins.resolve("loyalty/classes/Loyalty.class"), "someone else's");
        Files.writeString(plugins.resolve("loyalty/classes/Extra.class"), "someone else's");

        assertThat(TrustedPlugins.loadable(plugins, refused::put)).containsExactly(plugins.resolve("loyalty"));

        assertThat(plugins.resolve("loyalty/classes/Loyalty.class")).hasContent("the vendor's");
        assertThat(plugins.resolve("loyalty/classes/Extra.class")).doesNotExist();
        assertThat(refused).isEmpty();
    }

    @Test
    void aPluginsOwnSettingsAndDataBesideItsCodeMayChangeAndSurviveTheNextStart() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path zip = zip(plugins.resolve("export.zip"), Map.of("plugin.properties", "plugin.id=export\n",
                "lib/export.jar", "the vendor's", "README.txt", "read me"));
        PluginTrust.trust(plugins, zip);
        Files.writeString(plugins.resolve("export/settings.properties"), "output.dir=/srv/erp\n");
        Files.createDirectories(plugins.resolve("export/out")).resolve("session-1.json").toFile().createNewFile();
        Files.delete(plugins.resolve("export/README.txt"));

        assertThat(TrustedPlugins.loadable(plugins, refused::put)).containsExactly(plugins.resolve("export"));

        assertThat(refused).isEmpty();
        assertThat(plugins.resolve("export/settings.properties")).as("not unpacked again").exists();
        assertThat(plugins.resolve("export/out/session-1.json")).exists();
    }

    @Test
    void aTrustedFolderOrJarThatChangesIsNoLongerLoaded() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path folder = Files.createDirectories(plugins.resolve("promo/classes"));
        Files.writeString(plugins.resolve("promo/plugin.properties"), "plugin.id=promo\n");
        Path jar = Files.writeString(plugins.resolve("stock.jar"), "a jar");
        PluginTrust.trust(plugins, plugins.resolve("promo"));
        PluginTrust.trust(plugins, jar);
        assertThat(TrustedPlugins.loadable(plugins, refused::put))
                .containsExactly(plugins.resolve("promo"), plugins.resolve("stock.jar"));

        Files.writeString(folder.resolve("Promo.class"), "added later");
        Files.writeString(jar, "another jar");

        assertThat(TrustedPlugins.loadable(plugins, refused::put)).isEmpty();
        assertThat(refused).containsOnlyKeys("promo", "stock.jar");
        assertThat(refused.get("promo")).startsWith("it is not trusted: the SHA-256 of its code (plugin.properties, classes/, lib/) is ");
    }

    @Test
    void aPluginFolderHoldingASymbolicLinkIsNotTrusted() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path folder = Files.createDirectories(plugins.resolve("linked"));
        Files.writeString(folder.resolve("plugin.properties"), "plugin.id=linked\n");
        Files.createSymbolicLink(folder.resolve("lib"), Files.createDirectories(dir.resolve("elsewhere")));

        assertThatThrownBy(() -> PluginTrust.trust(plugins, folder)).hasMessageContaining("symbolic link, lib");
        assertThat(TrustedPlugins.loadable(plugins, refused::put)).isEmpty();
        assertThat(refused.get("linked")).startsWith("it cannot be checked: it holds a symbolic link");
    }

    @Test
    void aPluginFromElsewhereIsCopiedInReadableByAllAndTrusted() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Path jar = Files.writeString(Files.createDirectories(dir.resolve("download")).resolve("stock.jar"), "jar");

        PluginTrust.Trusted trusted = PluginTrust.trust(plugins, jar);

        assertThat(trusted.copied()).isTrue();
        assertThat(trusted.installed()).isEqualTo(plugins.resolve("stock.jar")).hasContent("jar");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(trusted.installed()))).isEqualTo("rw-rw-r--");
        assertThat(TrustList.read(plugins).trusts(PluginDigest.ofFile(jar))).isTrue();
        assertThatThrownBy(() -> PluginTrust.trust(plugins, Files.writeString(dir.resolve("notes.txt"), "x")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a plugin");
    }

    @Test
    void theTrustListReadsSha256sumLinesAndTrustsNothingElse() throws Exception {
        String sha = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        Files.writeString(dir.resolve(TrustList.FILE_NAME), String.join("\n", List.of("# a comment",
                sha.toUpperCase(Locale.ROOT) + "  stock.jar", "not a digest  other.jar", sha.substring(1) + "  short.jar",
                "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592 *binary.jar", "")));

        TrustList list = TrustList.read(dir);

        assertThat(list.entries()).containsOnlyKeys(sha,
                "d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592");
        assertThat(list.trusts(sha)).isTrue();
        assertThat(TrustList.read(dir.resolve("no-such-folder")).entries()).isEmpty();
    }

    /** A zip of {@code entries} (name to content; a name ending in / is a folder), in that order. */
    static Path zip(Path file, Map<String, String> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : new java.util.TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
