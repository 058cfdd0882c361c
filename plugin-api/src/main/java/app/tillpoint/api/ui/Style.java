package app.tillpoint.api.ui;

import javax.swing.Icon;
import javax.swing.JComponent;
import javax.swing.UIManager;
import java.awt.Color;
import java.util.List;

/**
 * The kiosk's design system as a plugin uses it: the names of its style classes, so a screen says what a component
 * means ("the primary action", "a refusal") and the kiosk's theme decides how it looks. The values (colours, the type
 * scale, spacing, corner radii, the 48 px target) live in the kiosk's FlatLaf properties, one set per theme (light,
 * dark, high contrast); a plugin never writes a colour or a font size of its own.
 *
 * <pre>{@code
 * Style.classes(payButton, Style.PRIMARY, Style.H3);
 * Style.classes(message, Style.DANGER);
 * }</pre>
 *
 * <p>A style class is FlatLaf's ({@code FlatLaf.styleClass}); under another look and feel it does nothing.
 *
 * @since 1.3
 */
public final class Style {
    /** The client property that holds a component's style classes, separated by spaces. @since 1.3 */
    public static final String CLASS_PROPERTY = "FlatLaf.styleClass";

    /** The one action a screen leads to (Pay, Open Session, Close): the accent colour, filled. @since 1.3 */
    public static final String PRIMARY = "primary";
    /** Something refused or wrong, or an action that destroys (Remove, a failure's words). @since 1.3 */
    public static final String DANGER = "danger";
    /** Something that went right (the drawer is closed, a difference of zero, a device connected). @since 1.3 */
    public static final String SUCCESS = "success";
    /** Something to look at before it goes wrong (a session to close, an office link offline). @since 1.3 */
    public static final String WARNING = "warning";
    /** Secondary words beside the main ones (a hint, a time, a unit price). @since 1.3 */
    public static final String MUTED = "muted";
    /** A card: a panel in the surface colour with rounded corners, on the screen's background. @since 1.3 */
    public static final String SURFACE = "surface";
    /** The header bar over a screen (the register's): its own background. @since 1.3 */
    public static final String BAR = "bar";
    /** A product tile on the register. @since 1.3 */
    public static final String TILE = "tile";
    /** The selected line of a list (the cart's): the selection's colours. @since 1.3 */
    public static final String SELECTED = "selected";

    /** How many category colours the theme has ({@code category0} … {@code category7}). @since 1.3 */
    public static final int CATEGORY_COLOURS = 8;

    /** The type scale's largest step: a screen's title. @since 1.3 */
    public static final String H1 = "h1";
    /** A dialog's title, a main amount. @since 1.3 */
    public static final String H2 = "h2";
    /** A section's heading, a main button's words. @since 1.3 */
    public static final String H3 = "h3";
    /** A bold line of the body (a tile's price). @since 1.3 */
    public static final String H4 = "h4";
    /** Body text a little larger than the default, for what a cashier reads from a step away. @since 1.3 */
    public static final String LARGE = "large";
    /** Body text a little smaller than the default (a status line). @since 1.3 */
    public static final String SMALL = "small";
    /** The total of a cart or a count: the largest amount on the screen. @since 1.3 */
    public static final String TOTAL = "total";
    /** Fixed-width text, for columns of figures (a report). @since 1.3 */
    public static final String MONOSPACED = "monospaced";

    /** The UI key of the smallest width and height of anything a finger taps, in unscaled pixels. @since 1.3 */
    public static final String MINIMUM_TARGET_KEY = "Tillpoint.minimumTarget";
    /** The smallest target when the look and feel does not say: 48 px at scale 1. @since 1.3 */
    public static final int MINIMUM_TARGET = 48;

    /** The prefix of an icon's UI key: {@code Tillpoint.icon.menu}. @since 1.3 */
    public static final String ICON_KEY_PREFIX = "Tillpoint.icon.";
    /** Icon: a menu (three lines). @since 1.3 */
    public static final String ICON_MENU = "menu";
    /** Icon: the cash drawer. @since 1.3 */
    public static final String ICON_DRAWER = "drawer";
    /** Icon: a badge, the badge reader. @since 1.3 */
    public static final String ICON_BADGE = "badge";
    /** Icon: a receipt printer. @since 1.3 */
    public static final String ICON_PRINTER = "printer";
    /** Icon: the link to the back office (two turning arrows). @since 1.3 */
    public static final String ICON_SYNC = "sync";
    /** Icon: a padlock (Lock, a locked register). @since 1.3 */
    public static final String ICON_LOCK = "lock";
    /** Icon: a warning triangle. @since 1.3 */
    public static final String ICON_WARNING = "warning";
    /** Every icon's name. @since 1.3 */
    public static final List<String> ICONS = List.of(ICON_MENU, ICON_DRAWER, ICON_BADGE, ICON_PRINTER, ICON_SYNC,
            ICON_LOCK, ICON_WARNING);

    private Style() {
    }

    /**
     * An icon of the theme, drawn in the foreground colour of the component that shows it (a label styled
     * {@link #WARNING} shows a warning-coloured icon).
     *
     * @param name one of {@link #ICONS}, e.g. {@link #ICON_PRINTER}
     * @return the icon, or null under a look and feel without the kiosk's icons (a plugin's test without its theme)
     * @since 1.3
     */
    public static Icon icon(String name) {
        return UIManager.getIcon(ICON_KEY_PREFIX + name);
    }

    /**
     * Gives {@code component} the style classes {@code classes}, replacing those it had.
     *
     * @param component the component to style
     * @param classes   names of this class's constants, e.g. {@link #PRIMARY} and {@link #H3}
     * @param <T>       the component's type
     * @return {@code component}, to be added at once
     * @since 1.3
     */
    public static <T extends JComponent> T classes(T component, String... classes) {
        component.putClientProperty(CLASS_PROPERTY, String.join(" ", classes));
        return component;
    }

    /**
     * The style class of the {@code index}th category's colour, for its tiles: the theme's eight colours in turn.
     *
     * @param index the category's place in the catalog's list, from 0
     * @return {@code category0} … {@code category7}
     * @since 1.3
     */
    public static String category(int index) {
        return "category" + Math.floorMod(index, CATEGORY_COLOURS);
    }

    /**
     * A colour of the theme with a meaning, for painting that a style class cannot reach (a border, a custom paint).
     *
     * @param meaning one of {@link #PRIMARY}, {@link #DANGER}, {@link #SUCCESS}, {@link #WARNING}, {@link #MUTED},
     *                {@link #SURFACE}
     * @return the theme's colour, {@code Tillpoint.<meaning>} in the UI defaults; black under a look and feel
     *         without it
     * @since 1.3
     */
    public static Color color(String meaning) {
        Color color = UIManager.getColor("Tillpoint." + meaning);
        return color != null ? color : Color.BLACK;
    }

    /**
     * The smallest width and height of a touch target, in unscaled pixels.
     *
     * @return {@code Tillpoint.minimumTarget} of the theme, or {@link #MINIMUM_TARGET}
     * @since 1.3
     */
    public static int minimumTarget() {
        int target = UIManager.getInt(MINIMUM_TARGET_KEY);
        return target > 0 ? target : MINIMUM_TARGET;
    }
}
