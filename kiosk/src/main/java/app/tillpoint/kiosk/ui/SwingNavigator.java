package app.tillpoint.kiosk.ui;

import app.tillpoint.api.Screen;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import net.miginfocom.swing.MigLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.SwingUtilities;
import java.awt.CardLayout;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows one screen at a time by route in the kiosk window, and dialogs as overlays inside it. Screens come from the
 * host (the dashboard) and from {@link Screen} extensions; each is built the first time it is shown.
 */
public final class SwingNavigator implements Navigator {
    private static final Logger log = LoggerFactory.getLogger(SwingNavigator.class);

    private final Screen dashboard;
    private final Supplier<List<Screen>> pluginScreens;
    private final Map<String, Screen> built = new HashMap<>();
    private final CardLayout cards = new CardLayout();
    private final String workingText;
    private Texts texts;
    private JPanel deck;
    private OverlayLayer overlays;
    private NoticeBanner notices;
    private Screen current;
    private Screen first;
    private JLabel working;

    public SwingNavigator(Screen dashboard, Supplier<List<Screen>> pluginScreens) {
        this(dashboard, pluginScreens, new Texts(Locale.ENGLISH));
    }

    /** @param texts the shell's texts: "Still working…", OK, a route nothing shows */
    public SwingNavigator(Screen dashboard, Supplier<List<Screen>> pluginScreens, Texts texts) {
        this.dashboard = dashboard;
        this.pluginScreens = pluginScreens;
        this.texts = texts;
        this.workingText = texts.get("kiosk.working");
    }

    /**
     * Puts the screens into {@code frame}. The dashboard is built at once and stays hidden until the first
     * {@link #show}. Event thread.
     */
    public void attach(JFrame frame) {
        deck = new JPanel(cards);
        // Built now, painted once it shows its state: a half-built dashboard is not worth the event thread's time.
        deck.setVisible(false);
        deck.add(dashboard.component(), dashboard.route());
        built.put(dashboard.route(), dashboard);
        // The screens, with the notice's strip below them (NoticeBanner).
        JPanel content = new JPanel(new java.awt.BorderLayout());
        content.add(deck, java.awt.BorderLayout.CENTER);
        frame.setContentPane(content);
        overlays = new OverlayLayer(frame.getLayeredPane());
        working = new JLabel(workingText);
        working.setName(Names.WORKING);
        Style.classes(working, Style.H3);
        working.setOpaque(true);
        working.setBorder(javax.swing.BorderFactory.createEmptyBorder(8, 16, 8, 16));
        working.setVisible(false);
        frame.getLayeredPane().add(working, javax.swing.JLayeredPane.DRAG_LAYER);
        notices = new NoticeBanner(content, texts.get("kiosk.ok"));
    }

    /**
     * Shows or hides "Still working…" at the top of the window: a change is taking longer than usual (the database
     * is busy, a device is slow). It blocks nothing; the screen and its dialogs stay as they are. Event thread.
     */
    public void showWorking(boolean shown) {
        checkEventThread();
        if (working == null) {
            return;
        }
        if (shown) {
            java.awt.Dimension size = working.getPreferredSize();
            int width = working.getParent().getWidth();
            working.setBounds((width - size.width) / 2, 8, size.width, size.height);
        }
        working.setVisible(shown);
    }

    @Override
    public void show(String route) {
        checkEventThread();
        Screen screen = find(route);
        if (screen == null) {
            log.warn("No screen for route {}", route);
            show(Routes.DASHBOARD);
            message(texts.get("kiosk.noScreen", route));
            return;
        }
        try {
            if (!built.containsKey(screen.route())) {
                deck.add(screen.component(), screen.route());
                built.put(screen.route(), screen);
            }
            if (current != null && current != screen) {
                current.hidden();
            }
            current = screen;
            screen.shown();
            cards.show(deck, screen.route());
            deck.setVisible(true);
        } catch (RuntimeException e) {
            log.error("Screen {} failed", route, e);
            if (screen != dashboard) {
                built.remove(screen.route());
                overlays.closeAll();
                show(Routes.DASHBOARD);
            }
        }
    }

    /**
     * The screens speak {@code locale} from now on (a cashier of another language took or left the till): the
     * navigator's own words (OK) follow, and every screen built so far hears of it ({@link Screen#localeChanged}),
     * the one shown first. A screen that fails to is logged and keeps its language. Event thread.
     */
    public void localeChanged(Locale locale) {
        checkEventThread();
        texts = new Texts(locale);
        List<Screen> screens = new java.util.ArrayList<>(built.values());
        if (current != null) {
            screens.remove(current);
            screens.add(0, current);
        }
        for (Screen screen : screens) {
            try {
                screen.localeChanged(locale);
            } catch (RuntimeException e) {
                log.warn("Screen {} could not change its language", screen.route(), e);
            }
        }
    }

    @Override
    public String currentRoute() {
        return current == null ? "" : current.route();
    }

    /** The screen being shown: the dashboard, another of the host's, or a plugin's as the plugin host handed it. */
    public Optional<Screen> currentScreen() {
        return Optional.ofNullable(current);
    }

    @Override
    public Overlay overlay(JComponent content) {
        checkEventThread();
        return overlays.show(content);
    }

    @Override
    public void message(String text) {
        checkEventThread();
        JTextArea label = new JTextArea(text);
        label.setName(Names.MESSAGE_TEXT);
        label.setEditable(false);
        label.setFocusable(false);
        label.setLineWrap(true);
        label.setWrapStyleWord(true);
        label.setOpaque(false);
        label.setColumns(28);
        JButton ok = new JButton(texts.get("kiosk.ok"));
        ok.setName(Names.MESSAGE_OK);
        JPanel panel = new JPanel(new MigLayout("insets 8, wrap 1", "[fill, 360::560]", "[]16[]"));
        panel.add(label);
        panel.add(ok, "right, w 120!, h 56!");
        Overlay overlay = overlays.show(panel);
        ok.addActionListener(e -> overlay.close());
    }

    /** At the foot of the window, covering nothing ({@link NoticeBanner}); a message before the window is attached. */
    @Override
    public void notice(String text) {
        checkEventThread();
        if (notices == null) {
            message(text);
            return;
        }
        notices.show(text);
    }

    /**
     * Shows {@code screen} for every route until {@link #firstDone}: nothing else works until it is done (the
     * first-run screen of a real terminal). Event thread.
     */
    public void showFirst(Screen screen) {
        checkEventThread();
        first = screen;
        show(screen.route());
    }

    /** The screen of {@link #showFirst} is done: the routes lead to their screens again. Event thread. */
    public void firstDone() {
        checkEventThread();
        first = null;
    }

    /** Closes every dialog, leaving the screen as it is. Event thread. */
    public void closeOverlays() {
        checkEventThread();
        overlays.closeAll();
    }

    /** Closes every dialog and shows the dashboard: the way back to a known state after a plugin failed. */
    public void reset() {
        overlays.closeAll();
        show(Routes.DASHBOARD);
    }

    private Screen find(String route) {
        if (first != null) {
            return first;
        }
        if (Routes.DASHBOARD.equals(route)) {
            return dashboard;
        }
        Screen screen = built.get(route);
        if (screen != null) {
            return screen;
        }
        for (Screen candidate : pluginScreens.get()) {
            try {
                if (route.equals(candidate.route())) {
                    return candidate;
                }
            } catch (RuntimeException e) {
                log.warn("A screen extension failed to say its route", e);
            }
        }
        return null;
    }

    private static void checkEventThread() {
        if (!SwingUtilities.isEventDispatchThread()) {
            throw new IllegalStateException("The navigator is for the event thread only");
        }
    }
}
