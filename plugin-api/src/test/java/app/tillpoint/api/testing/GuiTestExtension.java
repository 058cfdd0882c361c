package app.tillpoint.api.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every GUI test class needs before its first test: AssertJ-Swing's repaint manager that fails the test on a
 * Swing call off the event thread. Installed once per JVM; {@link GuiTest} applies it.
 */
public final class GuiTestExtension implements BeforeAllCallback {
    private static volatile boolean installed;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!installed) {
            synchronized (GuiTestExtension.class) {
                if (!installed) {
                    FailOnThreadViolationRepaintManager.install();
                    installed = true;
                }
            }
        }
    }
}
