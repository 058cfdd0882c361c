package app.tillpoint.api.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.RepaintManager;

import static org.assertj.core.api.Assertions.assertThat;

/** A class marked {@link GuiTest} runs tagged "gui" and with the off-event-thread check installed. */
@GuiTest
class GuiTestExtensionTest {

    @Test
    void installsTheThreadCheck() {
        assertThat(RepaintManager.currentManager(null)).isInstanceOf(FailOnThreadViolationRepaintManager.class);
    }

    @Test
    void isTaggedGui() {
        assertThat(GuiTest.class.getAnnotation(Tag.class).value()).isEqualTo(GuiTest.TAG);
    }
}
