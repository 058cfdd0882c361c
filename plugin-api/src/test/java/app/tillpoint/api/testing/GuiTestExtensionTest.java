package app.tillpoint.api.testing;

import org.assertj.swing.edt.FailOnThreadViolationRepaintManager;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
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
    /** What {@link #keepTheWindow} got: a test class may keep its window in a field. */
    private TestWindow fromBeforeEach;

    @BeforeEach
    void keepTheWindow(TestWindow window) {
        fromBeforeEach = window;
    }

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

    @Test
    void theTestGetsTheWindowOfItsBeforeEach(TestWindow window) {
        assertThat(window).isSameAs(fromBeforeEach);
    }

    @Test
    void showsAScreenUndecoratedWithTheWholeSize(TestWindow window) {
        FrameFixture frame = window.showUndecorated(JPanel::new, new Dimension(400, 300));
        JFrame shown = (JFrame) frame.target();
        assertThat(GuiActionRunner.execute(shown::isUndecorated)).isTrue();
        assertThat(GuiActionRunner.execute(() -> shown.getContentPane().getSize())).isEqualTo(new Dimension(400, 300));
        SHOWN.add(frame);
    }

    @AfterAll
    static void theWindowIsCleanedUpAfterItsTest() {
        assertThat(SHOWN).hasSize(2);
        for (FrameFixture frame : SHOWN) {
            Frame shown = frame.target();
            assertThat(GuiActionRunner.execute(shown::isDisplayable)).as("disposed after the test").isFalse();
        }
    }
}
