package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.host.TestPlugin;
import app.tillpoint.kiosk.testkit.TestKiosk;
import app.tillpoint.kiosk.trust.PluginDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A plugin dropped into the data folder runs only once an administrator trusted it. */
@GuiTest
class PluginTrustGuiTest {
    @TempDir
    Path dataDir;


    @Test
    void anUntrustedPluginIsNamedOnTheDashboardAndInTheAuditAndNotStartedUntilAnAdministratorTrustsIt()
            throws Exception {
        Path loyalty = TestPlugin.builder("loyalty").untrusted()
                .dashboardAction("LoyaltyAction", "loyalty", "Loyalty").build(dataDir.resolve("plugins"));
        String notice = "Plugin loyalty disabled: it is not trusted: the SHA-256 of its code (plugin.properties, classes/, lib/) is "
                + PluginDigest.ofFolder(loyalty) + "; an administrator trusts it with: tillpoint plugins trust "
                + loyalty.toAbsolutePath();

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.window().textBox(Names.DASHBOARD_NOTICES).requireVisible().requireText(notice);
            kiosk.waitFor(Names.DASHBOARD_NEW_SESSION);
            assertThat(kiosk.showing(Names.DASHBOARD_ACTION_PREFIX + "loyalty")).isFalse();
            assertThat(kiosk.kiosk().plugins().startedPlugins()).noneMatch(p -> p.startsWith("loyalty"));
            kiosk.awaitCount(1, "SELECT count(*) FROM audit_events WHERE event = 'plugin.failed' AND detail = ?",
                    notice);
        }

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Launcher.run(new String[] {"--data-dir", dataDir.toString(), "plugins", "trust", loyalty.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Trusted loyalty, SHA-256 "
                + PluginDigest.ofFolder(loyalty) + ". The kiosk loads it from its next start.");
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            kiosk.waitFor(Names.DASHBOARD_ACTION_PREFIX + "loyalty");
            assertThat(kiosk.showing(Names.DASHBOARD_NOTICES)).isFalse();
            assertThat(kiosk.count("SELECT count(*) FROM audit_events WHERE event = 'plugin.trusted' AND detail LIKE ?",
                    "loyalty SHA-256 " + PluginDigest.ofFolder(loyalty) + " by %")).isEqualTo(1);
        }
    }
}
