package app.tillpoint.kiosk;

import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout check finds a cut-off component, overlapping siblings and a small button, and passes a sound panel. */
class LayoutCheckTest {
    @Test
    void itFindsWhatACashierWouldSee() {
        GuiActionRunner.execute(LayoutCheckTest::findsWhatACashierWouldSee);
    }

    @Test
    void aSoundPanelPasses() {
        GuiActionRunner.execute(LayoutCheckTest::soundPanelPasses);
    }

    private static void findsWhatACashierWouldSee() {
        JPanel root = new JPanel(null);
        root.setSize(200, 100);
        JLabel cut = new JLabel("Total");
        cut.setName("total");
        cut.setBounds(150, 10, 80, 20);
        JButton small = new JButton("+");
        small.setName("plus");
        small.setBounds(0, 50, 40, 48);
        JButton over = new JButton("Pay");
        over.setName("pay");
        over.setBounds(20, 50, 60, 48);
        JLabel hidden = new JLabel("hidden");
        hidden.setBounds(0, 0, 500, 500);
        hidden.setVisible(false);
        root.add(cut);
        root.add(small);
        root.add(over);
        root.add(hidden);

        assertThat(LayoutCheck.problems(root, 48, 2)).containsExactlyInAnyOrder(
                "total is cut off: 150,10 80x20 in JPanel of 200x100",
                "plus is smaller than 48x48: 40x48",
                "plus overlaps pay by 20x48 in JPanel");
    }

    private static void soundPanelPasses() {
        JPanel root = new JPanel(null);
        root.setSize(200, 100);
        JButton minus = new JButton("-");
        minus.setBounds(-2, -2, 50, 50); // its focus ring's 2 px beyond the panel: not cut off
        JButton plus = new JButton("+");
        plus.setBounds(48, -2, 48, 50);
        root.add(minus);
        root.add(plus);
        assertThat(LayoutCheck.problems(root, 48, 2)).isEmpty();
    }
}
