package app.tillpoint.kiosk.ui;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.KeyboardLayout;
import app.tillpoint.api.ui.Names;
import net.miginfocom.swing.MigLayout;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The docked keyboard in a window of 800x600 of its own, driven by the robot's real clicks: it follows the focus, docks
 * where it leaves the field in view, goes with its hide key and comes back with a tap on the field.
 */
@GuiTest
class OnScreenKeyboardTest {

    @Test
    void itFollowsTheFocusDocksClearOfTheFieldAndGoesWhenTheFocusLeavesText(TestWindow test) {
        FrameFixture window = test.show(OnScreenKeyboardTest::form, new Dimension(800, 600));
        JFrame frame = (JFrame) window.target();
        OnScreenKeyboard keyboard = GuiActionRunner.execute(() -> OnScreenKeyboard.attach(frame,
                List.of(KeyboardLayout.ENGLISH, KeyboardLayout.HINDI)));
        try {
            window.textBox("top").click();
            assertThat(showing(keyboard)).isTrue();
            assertThat(bounds(frame, "keyboard").y).as("docked below the field at the top")
                    .isGreaterThan(bounds(frame, "top").y + bounds(frame, "top").height);
            window.button(Names.KEYBOARD_PREFIX + "h").click();
            window.button(Names.KEYBOARD_PREFIX + "i").click();
            window.textBox("top").requireText("Hi");

            window.button("done").click();
            assertThat(showing(keyboard)).as("the focus left the text").isFalse();

            window.textBox("bottom").click();
            assertThat(bounds(frame, "keyboard").y).as("docked at the top, clear of the field at the bottom").isZero();
            window.button(Names.KEYBOARD_PREFIX + "o").click();
            window.textBox("bottom").requireText("O");
            window.textBox("top").requireText("Hi");

            window.button(Names.KEYBOARD_PREFIX + "hide").click();
            assertThat(showing(keyboard)).isFalse();
            window.textBox("bottom").click();
            assertThat(showing(keyboard)).as("a tap on the field brings it back").isTrue();

            window.textBox("readOnly").click();
            assertThat(showing(keyboard)).as("nothing to type into").isFalse();
        } finally {
            GuiActionRunner.execute(keyboard::close);
        }
        window.textBox("top").click();
        assertThat(test.robot().finder().findAll(frame, c -> Names.KEYBOARD.equals(c.getName()))).isEmpty();
    }

    private static JPanel form() {
        JPanel panel = new JPanel(new MigLayout("wrap 1, fill", "[grow, fill]", "[]push[][][]"));
        JTextField top = new JTextField();
        top.setName("top");
        JTextField readOnly = new JTextField("shown only");
        readOnly.setName("readOnly");
        readOnly.setEditable(false);
        JButton done = new JButton("Done");
        done.setName("done");
        JTextField bottom = new JTextField();
        bottom.setName("bottom");
        panel.add(top, "h 48!");
        panel.add(readOnly, "h 48!");
        panel.add(done, "h 48!");
        panel.add(bottom, "h 48!");
        return panel;
    }

    private static boolean showing(OnScreenKeyboard keyboard) {
        return GuiActionRunner.execute(keyboard::isShowing);
    }

    private static Rectangle bounds(JFrame frame, String name) {
        return GuiActionRunner.execute(() -> {
            Component found = find(frame.getRootPane(), name);
            return SwingUtilities.convertRectangle(found.getParent(), found.getBounds(), frame.getRootPane());
        });
    }

    private static Component find(Container root, String name) {
        for (Component child : root.getComponents()) {
            if (name.equals(child.getName())) {
                return child;
            }
            if (child instanceof Container inner) {
                Component found = find(inner, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
