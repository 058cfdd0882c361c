package app.tillpoint.api.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.image.ScreenshotTaker;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every GUI test class needs, once: AssertJ-Swing's repaint manager that fails a test on a Swing call off
 * the event thread (installed once per JVM); a {@link TestWindow} parameter of a test method or its
 * {@code @BeforeEach} (one window per test, cleaned up after it; refused elsewhere, where it would outlive a test);
 * and on a failure in the test or its {@code @BeforeEach}, a screenshot of the display in
 * {@code target/screenshots/failed/<class>.<test>.png}, so that a failure under Xvfb in CI can be seen.
 * {@link GuiTest} applies it.
 */
public final class GuiTestExtension implements BeforeAllCallback, ParameterResolver, TestExecutionExceptionHandler,
        LifecycleMethodExecutionExceptionHandler {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(GuiTestExtension.class);
    private static final Path FAILED = Path.of("target", "screenshots", "failed");
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

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestWindow.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("A TestWindow belongs to one test: take it in the test method or "
                    + "its @BeforeEach, not in " + parameter.getDeclaringExecutable());
        }
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Closing.class, key -> new Closing(new TestWindow()),
                Closing.class).window;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable thrown) throws Throwable {
        screenshot(context, thrown);
        throw thrown;
    }

    @Override
    public void handleBeforeEachMethodExecutionException(ExtensionContext context, Throwable thrown)
            throws Throwable {
        screenshot(context, thrown);
        throw thrown;
    }

    private static void screenshot(ExtensionContext context, Throwable thrown) {
        try {
            Files.createDirectories(FAILED);
            String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
            Path png = FAILED.resolve(name + ".png");
            Files.deleteIfExists(png);
            new ScreenshotTaker().saveDesktopAsPng(png.toString());
        } catch (Exception | Error e) {
            thrown.addSuppressed(e);
        }
    }

    /** The store closes it when the test ends (JUnit closes an AutoCloseable in a store). */
    private record Closing(TestWindow window) implements AutoCloseable {
        @Override
        public void close() {
            window.cleanUp();
        }
    }
}
