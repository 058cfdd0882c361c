package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.Style;
import com.formdev.flatlaf.extras.FlatSVGIcon;

import javax.swing.UIDefaults;
import javax.swing.UIManager;
import java.awt.Color;

/**
 * The design system's icons ({@code icons/*.svg} beside this class, 24 px at scale 1) as UI defaults
 * {@code Tillpoint.icon.<name>}, which {@link Style#icon} hands to screens and plugins. Each is drawn in the foreground
 * colour of the component that paints it, so a label styled {@link Style#WARNING} shows a warning-coloured icon and
 * the register's bar a light one, in every theme. FlatSVGIcon (FlatLaf's extras, on jsvg) draws them sharp at any
 * scale, and loads each file only when first painted.
 */
final class Icons {
    private static final int SIZE = 24;

    private Icons() {
    }

    static void install(UIDefaults defaults) {
        for (String name : Style.ICONS) {
            FlatSVGIcon icon = new FlatSVGIcon("app/tillpoint/kiosk/ui/icons/" + name + ".svg", SIZE, SIZE,
                    Icons.class.getClassLoader());
            icon.setColorFilter(new FlatSVGIcon.ColorFilter((component, color) -> foreground(component)));
            defaults.put(Style.ICON_KEY_PREFIX + name, icon);
        }
    }

    private static Color foreground(java.awt.Component component) {
        if (component != null && component.getForeground() != null) {
            return component.isEnabled() ? component.getForeground() : UIManager.getColor("Label.disabledForeground");
        }
        return UIManager.getColor("Label.foreground");
    }
}
