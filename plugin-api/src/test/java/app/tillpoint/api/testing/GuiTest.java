package app.tillpoint.api.testing;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A GUI test class: tagged {@value #TAG}, so that {@code ./mvnw verify -DexcludedGroups=gui} runs the fast tests
 * alone, and run with AssertJ-Swing's check that fails a test touching Swing off the event thread
 * ({@link GuiTestExtension}). Needs a display with a window manager.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(GuiTest.TAG)
@ExtendWith(GuiTestExtension.class)
public @interface GuiTest {
    /** The tag of GUI tests. */
    String TAG = "gui";
}
