package app.tillpoint.api.testing;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

import javax.swing.JPanel;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

/**
 * What {@link GuiTestExtension} does when a GUI test goes wrong, seen by running such tests through JUnit's engine.
 * Not a {@link GuiTest} itself: a window of its own would hold AssertJ-Swing's screen lock while the tests it runs
 * need it.
 */
@Tag(GuiTest.TAG)
class GuiTestExtensionFailuresTest {
    /** The nested tests run only through the engine below, never on their own (e.g. with {@code -Dtest=…}). */
    private static volatile boolean throughTheEngine;
    private static final String ENGINE_ONLY = "app.tillpoint.api.testing.GuiTestExtensionFailuresTest#throughTheEngine";

    static boolean throughTheEngine() {
        return throughTheEngine;
    }

    private static EngineExecutionResults run(Class<?> tests) {
        throughTheEngine = true;
        try {
            return EngineTestKit.engine("junit-jupiter").selectors(selectClass(tests)).execute();
        } finally {
            throughTheEngine = false;
        }
    }

    @Test
    void aFailureInBeforeEachLeavesAScreenshot() throws Exception {
        Path png = Path.of("target", "screenshots", "failed", "FailsInBeforeEach.fails.png");
        Files.deleteIfExists(png);
        run(FailsInBeforeEach.class)
                .testEvents().assertStatistics(stats -> stats.started(1).failed(1));
        assertThat(png).exists();
    }

    @Test
    void aTestWindowOutsideATestIsRefused() {
        run(WindowInConstructor.class)
                .testEvents().assertThatEvents().haveExactly(1, event(finishedWithFailure(
                        instanceOf(ParameterResolutionException.class), message(m -> m.contains("belongs to one test")))));
    }

    /** A @BeforeEach that shows a window and fails. */
    @GuiTest
    @EnabledIf(ENGINE_ONLY)
    static class FailsInBeforeEach {
        @BeforeEach
        void setUp(TestWindow window) {
            window.show(JPanel::new);
            throw new IllegalStateException("the set-up failed");
        }

        @Test
        void fails() {
        }
    }

    /** A window taken by the constructor would outlive its test. */
    @GuiTest
    @EnabledIf(ENGINE_ONLY)
    static class WindowInConstructor {
        WindowInConstructor(TestWindow window) {
        }

        @Test
        void neverRuns() {
        }
    }
}
