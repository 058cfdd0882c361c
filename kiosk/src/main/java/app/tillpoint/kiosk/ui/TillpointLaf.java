package app.tillpoint.kiosk.ui;

import com.formdev.flatlaf.FlatLightLaf;
import net.miginfocom.layout.PlatformDefaults;

/**
 * FlatLaf Light tuned for touch screens. The values (fonts, 48 px targets, scroll bars) live in
 * {@code TillpointLaf.properties} beside this class, which FlatLaf reads by the class's name.
 */
public class TillpointLaf extends FlatLightLaf {
    public static final String NAME = "Tillpoint";

    public static boolean setup() {
        // FlatLaf would derive a zoom of 1.25 from our larger touch font and MigLayout would apply it to every size;
        // the font is meant to be bigger, the layout not: "w 48!" stays 48 px at scale 1.0, and 1024x768 fits.
        // HiDPI screens are scaled by Java2D (GDK_SCALE, sun.java2d.uiScale); a store may still set -Dflatlaf.uiScale.
        if (System.getProperty("flatlaf.uiScale") == null) {
            System.setProperty("flatlaf.uiScale", "1");
        }
        // Rows centre their components instead of lining up text baselines: a touch screen gains nothing from it, and
        // asking an HTML button for its baseline during layout repaints it, which lays it out again, without end.
        PlatformDefaults.setDefaultRowAlignmentBaseline(false);
        return setup(new TillpointLaf());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
