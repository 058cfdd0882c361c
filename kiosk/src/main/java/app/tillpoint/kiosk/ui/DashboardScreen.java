package app.tillpoint.kiosk.ui;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.Screen;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.host.PluginHost;
import app.tillpoint.kiosk.host.PluginProblem;
import net.miginfocom.swing.MigLayout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import java.awt.Component;
import java.awt.Graphics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The terminal card: name, session status, last closing, the buttons that {@link DashboardAction} extensions offer
 * for the current state, the devices' state, and notices of plugins that were disabled. The host's own screen.
 */
public final class DashboardScreen implements Screen {
    private static final Logger log = LoggerFactory.getLogger(DashboardScreen.class);
    private static final Duration STALE_AFTER = Duration.ofDays(1);

    private final TerminalInfo terminal;
    private final Sessions sessions;
    private final BackgroundTasks tasks;
    private final PluginHost plugins;
    private final Supplier<List<String>> deviceStates;
    private Texts texts;
    private final Clock clock;
    private final Runnable onExit;
    private final Runnable onPlugins;
    private final Runnable onOutbox;
    /** The locale the dashboard speaks: the cashier's at the till, else the terminal's ({@link #localeChanged}). */
    private Locale locale;
    private DateTimeFormatter dateFormat;
    private DateTimeFormatter timeFormat;
    private DateTimeFormatter dayTimeFormat;
    private JButton exit;
    private JButton pluginsButton;
    private JButton outbox;
    private Runnable onFirstPaint = () -> { };

    private JPanel panel;
    private JLabel status;
    private JLabel toClose;
    private JLabel lastClosing;
    private JPanel actions;
    private JLabel devices;
    private JTextArea notices;
    private List<String> deliveryNotices = List.of();
    private JLabel alert;
    private String alertText;
    private JPanel corner;
    private boolean loaded;
    private Optional<Session> shownSession = Optional.empty();
    /** The action buttons shown; null before the first. */
    private List<Offered> shownButtons;
    private volatile State preloaded;

    /**
     * @param deviceStates the badge reader's and drawer's states, e.g. "Badge reader: ready"; read on the event thread
     * @param onExit       run when the Exit button is tapped; it asks for a head cashier
     * @param onPlugins    run when the Plugins button is tapped; it asks for a head cashier
     * @param onOutbox     run when the Outbox button is tapped; it asks for a head cashier
     */
    public DashboardScreen(TerminalInfo terminal, Sessions sessions, BackgroundTasks tasks, PluginHost plugins,
                           Supplier<List<String>> deviceStates, Clock clock, Runnable onExit, Runnable onPlugins,
                           Runnable onOutbox) {
        this.terminal = terminal;
        this.sessions = sessions;
        this.tasks = tasks;
        this.plugins = plugins;
        this.deviceStates = deviceStates;
        this.clock = clock;
        this.onExit = onExit;
        this.onPlugins = onPlugins;
        this.onOutbox = onOutbox;
        speakIn(terminal.locale());
    }

    private void speakIn(Locale shown) {
        this.locale = shown;
        this.texts = new Texts(shown);
        this.dateFormat = DateTimeFormatter.ofPattern("d MMM yyyy", shown).withZone(terminal.zone());
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", shown).withZone(terminal.zone());
        this.dayTimeFormat = DateTimeFormatter.ofPattern("d MMM HH:mm", shown).withZone(terminal.zone());
    }

    /**
     * The dashboard speaks {@code shown} from now on: a cashier of another language was identified (it shows under
     * their opening or closing dialog), or the till was left. Its words and the actions' labels are asked again, and
     * the session's state read again. Event thread.
     */
    @Override
    public void localeChanged(Locale shown) {
        if (shown.equals(locale)) {
            return;
        }
        speakIn(shown);
        if (panel == null) {
            return;
        }
        toClose.setText(texts.get("dashboard.toClose"));
        exit.setText(texts.get("dashboard.exit"));
        pluginsButton.setText(texts.get("dashboard.plugins"));
        outbox.setText(texts.get("dashboard.outbox"));
        if (loaded) {
            refresh();
        }
    }

    /** Run once, on the event thread, right after the dashboard was first painted with the terminal's data. */
    public void onFirstPaint(Runnable callback) {
        this.onFirstPaint = callback;
    }

    @Override
    public String route() {
        return Routes.DASHBOARD;
    }

    @Override
    public JComponent component() {
        panel = new JPanel(new MigLayout("insets 24, wrap 1", "[grow, center]", "push[]8[]4[]4[]32[]32[]8[]push[]")) {
            @Override
            protected void paintComponent(Graphics g) {
                super.paintComponent(g);
                if (loaded) {
                    Runnable callback = onFirstPaint;
                    onFirstPaint = () -> { };
                    javax.swing.SwingUtilities.invokeLater(callback);
                }
            }
        };
        JLabel name = label(Names.DASHBOARD_TERMINAL_NAME, terminal.name(), "h00");
        status = label(Names.DASHBOARD_STATUS, texts.get("dashboard.loading"), Style.H2);
        toClose = label(Names.DASHBOARD_TO_CLOSE, texts.get("dashboard.toClose"), Style.H3);
        Style.classes(toClose, Style.H3, Style.WARNING);
        toClose.setVisible(false);
        lastClosing = label(Names.DASHBOARD_LAST_CLOSING, " ", Style.LARGE);
        actions = new JPanel(new MigLayout("insets 0, gap 24", "", "[72!]"));
        devices = label(Names.DASHBOARD_DEVICES, " ", Style.SMALL);
        alert = label(Names.DASHBOARD_ALERT, " ", Style.H3);
        Style.classes(alert, Style.H3, Style.DANGER);
        alert.setVisible(false);
        notices = new JTextArea();
        notices.setName(Names.DASHBOARD_NOTICES);
        notices.setEditable(false);
        notices.setFocusable(false);
        notices.setLineWrap(true);
        notices.setWrapStyleWord(true);
        notices.setOpaque(false);
        Style.classes(notices, Style.DANGER);
        exit = new JButton(texts.get("dashboard.exit"));
        exit.setName(Names.DASHBOARD_EXIT);
        exit.addActionListener(e -> onExit.run());
        pluginsButton = new JButton(texts.get("dashboard.plugins"));
        pluginsButton.setName(Names.DASHBOARD_PLUGINS);
        pluginsButton.addActionListener(e -> onPlugins.run());
        outbox = new JButton(texts.get("dashboard.outbox"));
        outbox.setName(Names.DASHBOARD_OUTBOX);
        outbox.addActionListener(e -> onOutbox.run());
        corner = new JPanel(new MigLayout("insets 0, gap 12", "[][][]"));
        // Until the state is shown (the first time: until the plugins have loaded), the buttons wait.
        exit.setEnabled(false);
        pluginsButton.setEnabled(false);
        outbox.setEnabled(false);
        // At least as wide as before, wider for a language with longer words (Tamil).
        corner.add(outbox, "wmin 140, h 56!");
        corner.add(pluginsButton, "wmin 140, h 56!");
        corner.add(exit, "wmin 120, h 56!");

        panel.add(name);
        panel.add(status);
        panel.add(toClose, "hidemode 2");
        panel.add(lastClosing);
        panel.add(actions);
        panel.add(devices);
        panel.add(alert, "hidemode 2");
        panel.add(notices, "w 640::900, hidemode 2");
        panel.add(corner, "right");
        return panel;
    }

    @Override
    public void shown() {
        State state = preloaded;
        if (state != null) {
            preloaded = null;
            show(state);
        } else {
            refresh();
        }
    }

    /**
     * Reads the session state now, on the calling thread, for the dashboard's first showing: the kiosk reads it while
     * it starts, so the first dashboard is painted once, complete, without a round trip to the background thread.
     */
    public void preload() {
        preloaded = readState();
    }

    /** Reads the session state in the background, then shows it with the actions it allows. */
    public void refresh() {
        showNoticesAndDevices();
        tasks.run(this::readState, this::show, e -> {
            status.setText(texts.get("dashboard.loadFailed", e.getMessage()));
            markLoaded();
            panel.repaint();
        });
    }

    /** Shows a security alert (audited by whoever raised it) until the kiosk restarts. Event thread. */
    public void showAlert(String text) {
        alertText = text;
        showNoticesAndDevices();
    }

    /** Shows {@code parked} (a notice for each listener whose events are held back) among the notices. */
    public void showDeliveryNotices(List<String> parked) {
        deliveryNotices = List.copyOf(parked);
        showNoticesAndDevices();
    }

    /** Shows the plugin notices and device states again, e.g. after a plugin failed or a reader was unplugged. */
    public void showNoticesAndDevices() {
        if (panel == null) {
            return;
        }
        alert.setText(alertText == null ? " " : texts.get("dashboard.alert", alertText));
        alert.setVisible(alertText != null);
        List<String> lines = new ArrayList<>();
        for (PluginProblem problem : plugins.problems()) {
            lines.add(problem.describe());
        }
        lines.addAll(deliveryNotices);
        notices.setText(String.join("\n", lines));
        notices.setVisible(!lines.isEmpty());
        devices.setText(String.join("  \u00b7  ", deviceStates.get()));
    }

    /**
     * A plugin was disabled: its buttons leave the terminal card at once, with the notice naming it. Event thread.
     */
    public void pluginsChanged() {
        if (panel == null) {
            return;
        }
        showNoticesAndDevices();
        if (loaded) {
            showActions(shownSession);
            panel.revalidate();
            panel.repaint();
        }
    }

    private State readState() {
        return new State(sessions.current(), sessions.lastClosing());
    }

    private void show(State state) {
        Instant now = clock.instant();
        Optional<Session> open = state.current;
        if (open.isPresent()) {
            Session session = open.get();
            boolean today = LocalDate.ofInstant(session.openedAt(), terminal.zone())
                    .equals(LocalDate.ofInstant(now, terminal.zone()));
            String since = (today ? timeFormat : dayTimeFormat).format(session.openedAt());
            status.setText(texts.get("dashboard.openSince", since, session.openedBy().name()));
            toClose.setVisible(toClose(session.openedAt(), now));
        } else {
            status.setText(texts.get("dashboard.noSession"));
            toClose.setVisible(false);
        }
        lastClosing.setText(state.lastClosing
                .map(c -> texts.get("dashboard.lastClosing", c.amount().format(locale), dateFormat.format(c.closedAt())))
                .orElse(texts.get("dashboard.noClosing")));
        showActions(open);
        showNoticesAndDevices();
        markLoaded();
        panel.revalidate();
        panel.repaint();
    }

    /**
     * Whether a session opened at {@code openedAt} is to be closed: open for more than a day by the clock. A clock set
     * back since the opening makes the time open negative, which is never a day: the session is not flagged.
     */
    static boolean toClose(Instant openedAt, Instant now) {
        return Duration.between(openedAt, now).compareTo(STALE_AFTER) > 0;
    }

    private void showActions(Optional<Session> open) {
        shownSession = open;
        List<DashboardAction> offeredFor = new ArrayList<>();
        for (DashboardAction action : plugins.extensions(DashboardAction.class)) {
            try {
                if (action.offeredFor(open)) {
                    offeredFor.add(action);
                }
            } catch (RuntimeException e) {
                log.warn("A dashboard action failed; it is left out", e);
            }
        }
        offeredFor.sort(Comparator.comparingInt(DashboardAction::order));
        List<Offered> offered = new ArrayList<>();
        for (DashboardAction action : offeredFor) {
            try {
                offered.add(new Offered(action, action.label()));
            } catch (RuntimeException e) {
                log.warn("A dashboard action failed; it is left out", e);
            }
        }
        // The same buttons stay as they are: one rebuilt under a finger would lose its tap (pressed on the old
        // button, released on the new one). Each reads the session shown when it is tapped.
        if (offered.equals(shownButtons)) {
            return;
        }
        shownButtons = offered;
        actions.removeAll();
        for (Offered each : offered) {
            try {
                JButton button = new JButton(each.label());
                button.setName(Names.DASHBOARD_ACTION_PREFIX + each.action().id());
                Style.classes(button, Style.PRIMARY, Style.H2);
                button.addActionListener(e -> each.action().perform(shownSession));
                actions.add(button, "w 240::, h 72!");
            } catch (RuntimeException e) {
                log.warn("A dashboard action failed; it is left out", e);
            }
        }
        if (offered.isEmpty()) {
            actions.add(new JLabel(texts.get("dashboard.noActions")));
        }
    }

    private void markLoaded() {
        for (Component button : corner.getComponents()) {
            button.setEnabled(true);
        }
        loaded = true;
    }

    private static JLabel label(String name, String text, String styleClass) {
        JLabel label = new JLabel(text);
        label.setName(name);
        Style.classes(label, styleClass);
        return label;
    }

    private record State(Optional<Session> current, Optional<LastClosing> lastClosing) {
    }

    /** An action offered, with its label as asked once (the instance: a plugin started again brings new ones). */
    private record Offered(DashboardAction action, String label) {
    }
}
