package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.Style;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.swing.Icon;
import javax.swing.JLabel;
import javax.swing.UIDefaults;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every icon of the design system is in every theme, 24 px, drawn from its SVG by flatlaf-extras 3.7's FlatSVGIcon on
 * flatlaf 3.8, and in the foreground colour of the component that paints it (a label styled {@code warning} gets a
 * warning-coloured icon).
 */
class IconsTest {
    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyIconIsDrawnInTheForegroundOfItsComponent(Theme theme) {
        // On the event thread: another test of this JVM may have installed the check for event-thread violations.
        GuiActionRunner.execute(() -> drawnInTheForeground(theme));
    }

    private static void drawnInTheForeground(Theme theme) {
        UIDefaults defaults = new TillpointLaf(theme).getDefaults();
        Color warning = defaults.getColor("Tillpoint.warning");
        for (String name : Style.ICONS) {
            Icon icon = defaults.getIcon(Style.ICON_KEY_PREFIX + name);
            assertThat(icon).as(name).isNotNull();
            assertThat(icon.getIconWidth()).as(name).isEqualTo(24);
            assertThat(icon.getIconHeight()).as(name).isEqualTo(24);

            JLabel label = new JLabel();
            label.setForeground(warning);
            BufferedImage image = new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            icon.paintIcon(label, g, 0, 0);
            g.dispose();
            int drawn = 0;
            for (int y = 0; y < 24; y++) {
                for (int x = 0; x < 24; x++) {
                    int argb = image.getRGB(x, y);
                    if (argb >>> 24 == 0xff) {
                        drawn++;
                        assertThat(argb & 0xffffff).as(name + " at " + x + "," + y).isEqualTo(warning.getRGB() & 0xffffff);
                    }
                }
            }
            assertThat(drawn).as(name + ": pixels drawn").isGreaterThan(20);
        }
    }
}
