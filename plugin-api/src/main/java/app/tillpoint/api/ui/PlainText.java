package app.tillpoint.api.ui;

import javax.swing.JComponent;
import javax.swing.UIManager;
import javax.swing.plaf.ComponentUI;
import java.util.List;

/**
 * Swing's HTML turned off: a label, button or tooltip whose text starts with {@code <html>} shows that text as it is,
 * instead of rendering it, and so loading the images it names from the network. A product, category, cashier or
 * reason is a text from outside the code; with this, no screen has to remember to escape it.
 *
 * <p>{@link #install()} makes every component of the kinds below, created from then on, carry the client property
 * {@code html.disable} before its text is first rendered. The kiosk installs it as it sets its look and feel, so a
 * plugin's own components are covered too; the plugin test kit's touch theme installs it as well. A component that
 * wants HTML for a text of its own sets {@code html.disable} to {@code Boolean.FALSE} and then sets that text (and
 * escapes whatever it puts in from outside).
 *
 * <p>The kinds: labels (and so the cells of lists, tables, trees and combo boxes, which labels paint), buttons,
 * toggle buttons, check boxes, radio buttons, menus and their items, tooltips, tabbed panes, option panes, and the
 * titled borders of panels and scroll panes. Event thread only.
 *
 * @since 1.2
 */
public final class PlainText {

    /** Swing's own client property: {@code Boolean.TRUE} makes the component's text plain. */
    public static final String HTML_DISABLE = "html.disable";

    /** The UI class ids whose components paint a text that Swing would render as HTML. */
    private static final List<String> UI_CLASS_IDS = List.of("LabelUI", "ButtonUI", "ToggleButtonUI", "CheckBoxUI",
            "RadioButtonUI", "MenuUI", "MenuItemUI", "CheckBoxMenuItemUI", "RadioButtonMenuItemUI", "ToolTipUI",
            "TabbedPaneUI", "OptionPaneUI", "PanelUI", "ScrollPaneUI");

    private PlainText() {
    }

    /**
     * Turns Swing's HTML off for every component of the kinds above created from now on, whatever the look and feel
     * (set before or after). Once is enough; a second call changes nothing.
     */
    public static void install() {
        // Swing asks UIManager for each component's UI class by its id; this class answers for those ids, marks the
        // component, and hands it to the look and feel's own UI class. Put as a class, so no class loader is asked.
        UIManager.put(PlainText.class.getName(), PlainText.class);
        for (String id : UI_CLASS_IDS) {
            UIManager.put(id, PlainText.class.getName());
        }
    }

    /**
     * Swing's factory for the components above once {@link #install()} ran; not for plugins to call. Marks
     * {@code component} with {@code html.disable} unless it carries that property already, then returns the look and
     * feel's own UI for it. Swing calls it as the component is made, before its text is first rendered.
     *
     * @param component the component Swing makes a UI for
     * @return the look and feel's UI for it
     */
    public static ComponentUI createUI(JComponent component) {
        if (component.getClientProperty(HTML_DISABLE) == null) {
            component.putClientProperty(HTML_DISABLE, true);
        }
        return UIManager.getLookAndFeelDefaults().getUI(component);
    }
}
