package app.tillpoint.api.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JPanel;
import javax.swing.RepaintManager;
import java.awt.Dimension;
import java.awt.Frame;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A class marked {@link GuiTest} runs tagged "gui", with the off-event-thread check, and gets its windows. */
@GuiTest
class GuiTestExtensionTest {
    private static final List<FrameFixture> SHOWN = new ArrayList<>();

    @Test
    void installsTheThreadCheck() {
        assertThat(RepaintManager.currentManager(null)).isInstanceOf(FailOnThreadViolationRepaintManager.class);
    }

    @Test
    void isTaggedGui() {
        assertThat(GuiTest.class.getAnnotation(Tag.class).value()).isEqualTo(GuiTest.TAG);
    }

    @Test
    void showsAPanelInATestWindow(TestWindow window) {
        FrameFixture frame = window.show(() -> {
            JPanel panel = new JPanel();
            JButton button = new JButton("Open Session");
            button.setName("test.button");
            panel.add(button);
            return panel;
        }, new Dimension(400, 300));
        frame.button("test.button").requireText("Open Session").click();
        assertThat(window.robot()).isNotNull();
        SHOWN.add(frame);
    }

    @AfterAll
    static void theWindowIsCleanedUpAfterItsTest() {
        assertThat(SHOWN).hasSize(1);
        Frame shown = SHOWN.get(0).target();
        assertThat(GuiActionRunner.execute(shown::isDisplayable)).as("disposed after the test").isFalse();
    }
}
