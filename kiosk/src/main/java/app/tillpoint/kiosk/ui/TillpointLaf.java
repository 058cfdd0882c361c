package app.tillpoint.kiosk.ui;

import app.tillpoint.api.ui.PlainText;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatPropertiesLaf;
import net.miginfocom.layout.PlatformDefaults;

import javax.swing.SwingUtilities;
import javax.swing.UIDefaults;
import javax.swing.UIManager;
import javax.swing.plaf.FontUIResource;
import javax.swing.text.StyleContext;
import java.awt.Font;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * FlatLaf tuned for touch screens, in one of the kiosk's {@link Theme}s. The values (colours with meaning, the type
 * scale, spacing, radii, 48 px targets, the style classes plugins use through {@code api.ui.Style}) live in
 * {@code TillpointLaf.properties} beside this class, the colours of the dark and high-contrast themes in a file each.
 */
public class TillpointLaf extends FlatPropertiesLaf {
    public static final String NAME = "Tillpoint";
    /** The suffix of the key under which a font replaced by {@link #useScriptFont} is kept. */
    private static final String UNSCRIPTED = "#unscripted";
    private static CompletableFuture<Void> posted;

    private final Theme theme;

    /** The light theme, the kiosk's until {@code terminal.json} is read. */
    public TillpointLaf() {
        this(Theme.LIGHT);
    }

    public TillpointLaf(Theme theme) {
        super(NAME, theme.properties());
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    @Override
    public UIDefaults getDefaults() {
        UIDefaults defaults = super.getDefaults();
        Icons.install(defaults);
        return defaults;
    }

    /**
     * Puts {@code theme} on the kiosk, if it is not on already: the look and feel, and every window made so far
     * updated. Event thread, before the screens are built (as {@link #useScriptFont}).
     */
    public static void useTheme(Theme theme) {
        if (UIManager.getLookAndFeel() instanceof TillpointLaf laf && laf.theme == theme) {
            return;
        }
        FlatLaf.setup(new TillpointLaf(theme));
        FlatLaf.updateUI();
    }

    /**
     * {@link #setupSoon()} for a caller that goes on without waiting: a failure of the setup surfaces where the window
     * waits for it ({@link app.tillpoint.kiosk.KioskWindow}).
     */
    @SuppressWarnings("FutureReturnValueIgnored")
    public static void startSoon() {
        setupSoon();
    }

    /**
     * Starts AWT and sets this look and feel on the event thread, from a thread of its own: the two take a window
     * longest to start, and the caller goes on with its own work meanwhile. Once per JVM; later calls return the
     * same future. It completes when the setup is queued on the event thread, so that anything the caller queues
     * from it (e.g. with {@code thenRun}) runs after the setup.
     */
    public static synchronized CompletableFuture<Void> setupSoon() {
        if (posted == null) {
            CompletableFuture<Void> future = new CompletableFuture<>();
            Thread starter = new Thread(() -> {
                try {
                    SwingUtilities.invokeLater(TillpointLaf::setup);
                    future.complete(null);
                    // MigLayout's defaults take the event thread 20-50 ms to load; they load here meanwhile.
                    PlatformDefaults.setDefaultRowAlignmentBaseline(false);
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            }, "tillpoint-window");
            starter.setDaemon(true);
            starter.start();
            posted = future;
        }
        return posted;
    }

    public static boolean setup() {
        // FlatLaf would derive a zoom of 1.25 from our larger touch font and MigLayout would apply it to every size;
        // the font is meant to be bigger, the layout not: "w 48!" stays 48 px at scale 1.0, and 1024x768 fits.
        // HiDPI screens are scaled by Java2D (GDK_SCALE, sun.java2d.uiScale); a store may still set -Dflatlaf.uiScale.
        if (System.getProperty("flatlaf.uiScale") == null) {
            System.setProperty("flatlaf.uiScale", "1");
        }
        boolean set = setup(new TillpointLaf());
        // Product, category and cashier names come from outside the code: no label or button renders them as HTML.
        PlainText.install();
        // Rows centre their components instead of lining up text baselines: a touch screen gains nothing from it, and
        // asking an HTML button for its baseline during layout repaints it, which lays it out again, without end.
        // (After the look and feel: setupSoon's thread has usually loaded MigLayout's defaults by then.)
        PlatformDefaults.setDefaultRowAlignmentBaseline(false);
        return set;
    }

    /**
     * Gives every font of the look and feel the family that {@code TillpointLaf.properties} names for {@code locale}'s
     * language ({@code Tillpoint.scriptFont.ta}), if it names one, as a composite font: Java shapes Tamil wrongly in a
     * fallback font (a vowel sign apart from its letter, on a dotted circle) and rightly as the composite's first font,
     * while Latin names and digits still fall back. A language that names none gets the look and feel's own fonts
     * back (a cashier's language after another's). Event thread, before the screens are built: components made
     * earlier keep their fonts.
     */
    public static void useScriptFont(Locale locale) {
        String family = UIManager.getString("Tillpoint.scriptFont." + locale.getLanguage());
        UIDefaults defaults = UIManager.getLookAndFeelDefaults();
        for (Object key : new ArrayList<>(defaults.keySet())) {
            if (key instanceof String name && (name.endsWith(".font") || name.equals("defaultFont"))
                    && defaults.get(key) instanceof Font font) {
                // The look and feel's own font, kept the first time: a cashier of another language switches back.
                Font own = defaults.get(name + UNSCRIPTED) instanceof Font kept ? kept : font;
                if (family == null) {
                    defaults.put(key, own);
                    continue;
                }
                defaults.putIfAbsent(name + UNSCRIPTED, own);
                Font scripted = StyleContext.getDefaultStyleContext().getFont(family, own.getStyle(), own.getSize());
                defaults.put(key, scripted instanceof FontUIResource ? scripted : new FontUIResource(scripted));
            }
        }
    }

    @Override
    public String getName() {
        return NAME;
    }
}
