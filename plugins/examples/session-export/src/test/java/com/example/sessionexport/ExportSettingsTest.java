package com.example.sessionexport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ExportSettingsTest {
    @TempDir
    Path data;
    @TempDir
    Path plugin;

    @Test
    void theOutputFolderIsOutInTheDataFolderUnlessTheSettingsNameAnother() throws Exception {
        assertThat(ExportSettings.read(data).outputFolder()).isEqualTo(data.resolve("out"));

        Files.writeString(data.resolve(ExportSettings.FILE), "output.dir=erp/inbox\n");
        assertThat(ExportSettings.read(data).outputFolder()).isEqualTo(data.resolve("erp/inbox"));

        Path elsewhere = data.resolveSibling("elsewhere").toAbsolutePath();
        Files.writeString(data.resolve(ExportSettings.FILE), "output.dir=" + elsewhere.toString().replace('\\', '/'));
        assertThat(ExportSettings.read(data).outputFolder()).isEqualTo(elsewhere);
    }

    @Test
    void settingsLeftInThePluginsFolderAreCopiedToTheDataFolderOnce() throws Exception {
        Files.writeString(plugin.resolve(ExportSettings.FILE), "output.dir=erp/inbox\n");

        assertThat(ExportSettings.migrate(Optional.of(plugin), data)).isTrue();
        assertThat(data.resolve(ExportSettings.FILE)).hasContent("output.dir=erp/inbox");

        Files.writeString(data.resolve(ExportSettings.FILE), "output.dir=changed since\n");
        assertThat(ExportSettings.migrate(Optional.of(plugin), data)).as("the data folder's file wins").isFalse();
        assertThat(data.resolve(ExportSettings.FILE)).hasContent("output.dir=changed since");
    }

    @Test
    void withoutOldSettingsNothingIsCopied() throws Exception {
        assertThat(ExportSettings.migrate(Optional.of(plugin), data)).isFalse();
        assertThat(ExportSettings.migrate(Optional.empty(), data)).isFalse();
        assertThat(data.resolve(ExportSettings.FILE)).doesNotExist();
    }
}
