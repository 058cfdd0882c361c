package app.tillpoint.kiosk.ui;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import javax.swing.UIDefaults;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Every theme holds the design tokens, and every text of it is legible on the background it is drawn on: WCAG's
 * contrast ratio of each pair of the theme's UI defaults, at least 7:1 (AAA) in the high-contrast theme and 4.5:1 (AA)
 * in the others.
 */
class ThemesTest {
    /** A text colour and the background it is shown on, as UI keys. */
    private static final List<String[]> PAIRS = pairs();

    private static List<String[]> pairs() {
        List<String[]> pairs = new ArrayList<>(List.of(
                new String[] {"Label.foreground", "Panel.background"},
                new String[] {"Button.foreground", "Button.background"},
                new String[] {"ToggleButton.foreground", "ToggleButton.background"},
                new String[] {"ToggleButton.selectedForeground", "ToggleButton.selectedBackground"},
                new String[] {"TextField.foreground", "TextField.background"},
                new String[] {"PasswordField.foreground", "PasswordField.background"},
                new String[] {"TextArea.foreground", "TextArea.background"},
                new String[] {"MenuItem.foreground", "PopupMenu.background"},
                new String[] {"List.selectionForeground", "List.selectionBackground"},
                new String[] {"Tillpoint.onPrimary", "Tillpoint.primary"},
                new String[] {"Tillpoint.onDanger", "Tillpoint.danger"},
                new String[] {"Tillpoint.onSuccess", "Tillpoint.success"},
                new String[] {"Tillpoint.onBar", "Tillpoint.bar"},
                new String[] {"Tillpoint.onSelection", "Tillpoint.selection"}));
        for (String text : List.of("foreground", "primary", "danger", "success", "warning", "muted")) {
            pairs.add(new String[] {"Tillpoint." + text, "Tillpoint.background"});
            pairs.add(new String[] {"Tillpoint." + text, "Tillpoint.surface"});
        }
        for (int i = 0; i < 8; i++) {
            pairs.add(new String[] {"Tillpoint.onCategory", "Tillpoint.category" + i});
        }
        return pairs;
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyTextIsLegibleOnItsBackground(Theme theme) {
        UIDefaults defaults = new TillpointLaf(theme).getDefaults();
        double least = theme == Theme.HIGH_CONTRAST ? 7 : 4.5;
        List<String> tooFaint = new ArrayList<>();
        for (String[] pair : PAIRS) {
            Color text = defaults.getColor(pair[0]);
            Color background = defaults.getColor(pair[1]);
            assertThat(text).as(pair[0] + " in " + theme).isNotNull();
            assertThat(background).as(pair[1] + " in " + theme).isNotNull();
            double ratio = contrast(text, background);
            if (ratio < least) {
                tooFaint.add(String.format("%s on %s: %.2f", pair[0], pair[1], ratio));
            }
        }
        assertThat(tooFaint).as(theme + ", at least " + least + ":1").isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Theme.class)
    void everyThemeHasTheTokensAndTheStyleClasses(Theme theme) {
        UIDefaults defaults = new TillpointLaf(theme).getDefaults();
        assertThat(defaults.getInt("Tillpoint.minimumTarget")).isEqualTo(48);
        assertThat(defaults.getInt("Tillpoint.space.medium")).isEqualTo(16);
        assertThat(defaults.getFont("Tillpoint.total.font").getSize())
                .isGreaterThan(defaults.getFont("h1.font").getSize());
        for (String styleClass : List.of("[style]Button.primary", "[style]Button.danger", "[style]Label.danger",
                "[style]Label.success", "[style]Label.warning", "[style]Label.muted", "[style]Panel.surface",
                "[style]Panel.bar", "[style]Panel.selected", "[style].total", "[style]Button.category7")) {
            assertThat(defaults.get(styleClass)).as(styleClass + " in " + theme).isNotNull();
        }
        assertThat(new TillpointLaf(theme).isDark()).isEqualTo(theme == Theme.DARK);
    }

    @Test
    void theThemesDiffer() {
        Color light = new TillpointLaf(Theme.LIGHT).getDefaults().getColor("Panel.background");
        Color dark = new TillpointLaf(Theme.DARK).getDefaults().getColor("Panel.background");
        Color high = new TillpointLaf(Theme.HIGH_CONTRAST).getDefaults().getColor("Panel.background");
        assertThat(List.of(light, dark, high)).doesNotHaveDuplicates();
    }

    @Test
    void theRatioIsWcags() {
        assertThat(contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, within(0.01));
        assertThat(contrast(Color.WHITE, Color.WHITE)).isCloseTo(1, within(0.01));
        // #767676 is the lightest grey that passes AA on white; #777777 just fails.
        assertThat(contrast(Color.decode("#767676"), Color.WHITE)).isCloseTo(4.54, within(0.01));
        assertThat(contrast(Color.decode("#777777"), Color.WHITE)).isLessThan(4.5);
    }

    /** WCAG 2's contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances, lighter over darker. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color color) {
        return 0.2126 * linear(color.getRed()) + 0.7152 * linear(color.getGreen()) + 0.0722 * linear(color.getBlue());
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
