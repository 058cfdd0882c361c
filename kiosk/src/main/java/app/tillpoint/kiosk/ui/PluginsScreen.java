package app.tillpoint.kiosk.ui;

import app.tillpoint.api.Screen;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.host.PluginHost;
import app.tillpoint.kiosk.host.PluginHost.PluginInfo;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The head cashier's plugins screen: every plugin with its version, state and any error, and a button to enable or
 * disable it from the next start, without editing files; for a plugin whose listener's events are held back after
 * repeated failures, a Retry that delivers them again. The host's own screen; the dashboard asks for a head cashier
 * before showing it.
 */
public final class PluginsScreen implements Screen {
    public static final String ROUTE = "plugins";

    private final PluginHost plugins;
    private final BackgroundTasks tasks;
    private final Consumer<String> show;
    private final Deliveries deliveries;
    private final Texts texts;
    private JPanel rows;
    private JLabel title;
    private JLabel message;
    private JButton back;
    private Listed shownPlugins;

    /** The plugins whose events are held back, and retrying them; both blocking, called in the background. */
    public interface Deliveries {
        /** The ids of the plugins with a parked listener. */
        Set<String> parkedPlugins();

        /** Delivers the held-back events of {@code pluginId} again; how many listeners resumed. */
        int retry(String pluginId);
    }

    /**
     * @param show       shows a route: Back returns to the dashboard through it
     * @param deliveries the listeners' deliveries
     * @param texts      the shell's texts
     */
    public PluginsScreen(PluginHost plugins, BackgroundTasks tasks, Consumer<String> show, Deliveries deliveries,
                         Texts texts) {
        this.plugins = plugins;
        this.tasks = tasks;
        this.show = show;
        this.deliveries = deliveries;
        this.texts = texts;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public JComponent component() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 1, fill", "[grow, fill]", "[][grow, fill][][]"));
        title = new JLabel(texts.get("plugins.title"));
        Style.classes(title, Style.H1);
        rows = new JPanel(new MigLayout("insets 8, gap 16 12, wrap 5", "[][][grow, fill][][]"));
        message = new JLabel(texts.get("plugins.nextStart"));
        message.setName(Names.PLUGINS_MESSAGE);
        back = new JButton(texts.get("plugins.back"));
        back.setName(Names.PLUGINS_BACK);
        back.addActionListener(e -> show.accept(Routes.DASHBOARD));
        panel.add(title);
        panel.add(new JScrollPane(rows));
        panel.add(message);
        panel.add(back, "right, w 160!, h 56!");
        return panel;
    }

    /**
     * The texts follow the screens' language ({@link Texts#following}): the title, the buttons and the plugins'
     * rows are written again in it. Event thread.
     */
    @Override
    public void localeChanged(Locale locale) {
        if (title == null) {
            return;
        }
        title.setText(texts.get("plugins.title"));
        message.setText(texts.get("plugins.nextStart"));
        back.setText(texts.get("plugins.back"));
        if (shownPlugins != null) {
            showPlugins(shownPlugins);
        }
    }

    @Override
    public void shown() {
        tasks.run(this::readPlugins, this::showPlugins, e -> message.setText(texts.get("plugins.readFailed",
                e.getMessage())));
    }

    private record Listed(List<PluginInfo> plugins, Set<String> parked) {
    }

    private Listed readPlugins() {
        return new Listed(plugins.plugins(), deliveries.parkedPlugins());
    }

    private void showPlugins(Listed listed) {
        shownPlugins = listed;
        rows.removeAll();
        for (PluginInfo plugin : listed.plugins()) {
            JLabel name = new JLabel(plugin.id() + (plugin.version().isEmpty() ? "" : " " + plugin.version()));
            Style.classes(name, Style.H3);
            String next = plugin.enabledAtNextStart() ? "" : " \u00b7 " + texts.get("plugins.disabledNext");
            JLabel state = new JLabel(texts.get("plugins.state." + plugin.state()) + next);
            state.setName(Names.PLUGINS_STATE_PREFIX + plugin.id());
            JTextArea problem = new JTextArea(plugin.problem());
            problem.setEditable(false);
            problem.setFocusable(false);
            problem.setLineWrap(true);
            problem.setWrapStyleWord(true);
            problem.setOpaque(false);
            JButton toggle = new JButton(texts.get(plugin.enabledAtNextStart() ? "plugins.disable" : "plugins.enable"));
            toggle.setName(Names.PLUGINS_TOGGLE_PREFIX + plugin.id());
            toggle.addActionListener(e -> toggle(plugin));
            rows.add(name);
            rows.add(state);
            rows.add(problem, "wmin 0");
            rows.add(toggle, "w 140!, h 56!");
            if (listed.parked().contains(plugin.id())) {
                JButton retry = new JButton(texts.get("plugins.retry"));
                retry.setName(Names.PLUGINS_RETRY_PREFIX + plugin.id());
                retry.addActionListener(e -> retry(plugin));
                rows.add(retry, "w 180!, h 56!");
            } else {
                rows.add(new JLabel());
            }
        }
        rows.revalidate();
        rows.repaint();
    }

    private void toggle(PluginInfo plugin) {
        boolean enable = !plugin.enabledAtNextStart();
        tasks.run(() -> {
            plugins.setEnabledAtNextStart(plugin.id(), enable);
            return readPlugins();
        }, this::showPlugins, e -> message.setText(texts.get("plugins.saveFailed", e.getMessage())));
    }

    private void retry(PluginInfo plugin) {
        tasks.run(() -> deliveries.retry(plugin.id()), resumed -> {
            message.setText(texts.get(resumed > 0 ? "plugins.retried" : "plugins.nothingHeld", plugin.id()));
            shown();
        }, e -> message.setText(texts.get("plugins.retryFailed", e.getMessage())));
    }
}
