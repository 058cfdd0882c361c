package com.example.starter;

import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin in a real kiosk, through the SDK's test kit: installed from plugin.properties and target/classes. */
class HelloActionGuiTest {
    private static final String HELLO = Names.DASHBOARD_ACTION_PREFIX + "starter.hello";

    @TempDir
    Path dataDir;

    @BeforeAll
    static void failOnEventThreadViolations() {
        FailOnThreadViolationRepaintManager.install();
    }

    @Test
    void eachTapIsCountedInThePluginsDataFolderAcrossARestart() throws Exception {
        TestKiosk.installPlugin(dataDir, Path.of("plugin.properties"), Path.of("target/classes"));
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(HELLO);
            kiosk.waitForText(Names.MESSAGE_TEXT, "Hello from the starter plugin: tap number 1");
            kiosk.tap(Names.MESSAGE_OK);
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'starter.hello'");
        }
        assertThat(TestKiosk.pluginData(dataDir, "starter").resolve(HelloAction.TAPS_FILE)).hasContent("1");

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.tap(HELLO);
            kiosk.waitForText(Names.MESSAGE_TEXT, "Hello from the starter plugin: tap number 2");
        }
    }
}
