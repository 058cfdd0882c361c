package app.tillpoint.kiosk.ui;

import com.formdev.flatlaf.FlatLightLaf;

/**
 * FlatLaf Light tuned for touch screens. The values (fonts, 48 px targets, scroll bars) live in
 * {@code TillpointLaf.properties} beside this class, which FlatLaf reads by the class's name.
 */
public class TillpointLaf extends FlatLightLaf {
    public static final String NAME = "Tillpoint";

    public static boolean setup() {
        return setup(new TillpointLaf());
    }

    @Override
    public String getName() {
        return NAME;
    }
}
