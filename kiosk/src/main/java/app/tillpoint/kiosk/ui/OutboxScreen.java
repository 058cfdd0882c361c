package app.tillpoint.kiosk.ui;

import app.tillpoint.api.Screen;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.store.SqlEvents;
import net.miginfocom.swing.MigLayout;

import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.Scrollable;
import javax.swing.SwingConstants;
import javax.swing.Timer;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The head cashier's outbox screen: each reader of the outbox (the back office's sender when configured, each
 * plugin's listener) with how far it got (the last event it took and when that happened), how many events wait for
 * it, its last failure and when, and whether it is held back, with a Retry for one that is. Read in the background
 * when shown and every {@link #REFRESH} while it stays shown. The host's own screen; the dashboard asks for a head
 * cashier before showing it.
 */
public final class OutboxScreen implements Screen {
    public static final String ROUTE = "outbox";
    /** How often the screen reads the outbox again while it is shown. */
    static final Duration REFRESH = Duration.ofSeconds(2);

    /**
     * One reader of the outbox as the screen shows it.
     *
     * @param title    its name for the head cashier
     * @param pluginId the plugin a Retry resumes; empty for the back office, which is never held back
     * @param standing its mark, the events waiting, its last failure and whether it is held back
     */
    public record Reader(String title, Optional<String> pluginId, SqlEvents.Standing standing) {
        String consumer() {
            return standing.delivery().consumer();
        }
    }

    /** The outbox's readers, and retrying a held-back one; both blocking, called in the background. */
    public interface Outbox {
        /** The back office first when configured, then each listener in the order they started. */
        List<Reader> readers();

        /** Delivers the held-back events of {@code pluginId}'s listeners again; how many resumed. */
        int retry(String pluginId);
    }

    private final BackgroundTasks tasks;
    private final Consumer<String> show;
    private final Outbox outbox;
    private final Texts texts;
    private final ZoneId zone;
    private DateTimeFormatter time;
    private final Timer refresh;
    private JPanel rows;
    private JLabel title;
    private JTextArea intro;
    private JLabel message;
    private JButton back;
    private List<Reader> shownReaders;
    private boolean reading;

    /**
     * @param show   shows a route: Back returns to the dashboard through it
     * @param outbox the outbox's readers
     * @param texts  the shell's texts, following the screens' language
     * @param zone   the terminal's zone, for the times shown
     * @param locale the language the screen is built in, for the times' months ({@link #localeChanged} after)
     */
    public OutboxScreen(BackgroundTasks tasks, Consumer<String> show, Outbox outbox, Texts texts, ZoneId zone,
                        Locale locale) {
        this.tasks = tasks;
        this.show = show;
        this.outbox = outbox;
        this.texts = texts;
        this.zone = zone;
        this.time = timeIn(locale);
        this.refresh = new Timer((int) REFRESH.toMillis(), e -> read());
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public JComponent component() {
        JPanel panel = new JPanel(new MigLayout("insets 24, wrap 1, fill", "[grow, fill]", "[][][grow, fill][][]"));
        title = new JLabel(texts.get("outbox.title"));
        Style.classes(title, Style.H1);
        intro = wrapped(texts.get("outbox.intro"));
        rows = new Rows();
        message = new JLabel(" ");
        message.setName(Names.OUTBOX_MESSAGE);
        back = new JButton(texts.get("outbox.back"));
        back.setName(Names.OUTBOX_BACK);
        back.addActionListener(e -> show.accept(Routes.DASHBOARD));
        panel.add(title);
        panel.add(intro, "wmin 0");
        panel.add(new JScrollPane(rows), "wmin 0");
        panel.add(message, "wmin 0");
        panel.add(back, "right, w 160!, h 56!");
        return panel;
    }

    /**
     * The screen speaks {@code locale} from now on: its title, introduction, Back and times at once; the readers'
     * rows at the next read, which names them in the new language (they are read again now if shown). Event thread.
     */
    @Override
    public void localeChanged(Locale locale) {
        time = timeIn(locale);
        if (title == null) {
            return;
        }
        title.setText(texts.get("outbox.title"));
        intro.setText(texts.get("outbox.intro"));
        back.setText(texts.get("outbox.back"));
        shownReaders = null;
        if (refresh.isRunning()) {
            read();
        }
    }

    private DateTimeFormatter timeIn(Locale locale) {
        return DateTimeFormatter.ofPattern("d MMM HH:mm:ss", locale).withZone(zone);
    }

    @Override
    public void shown() {
        shownReaders = null;
        message.setText(" ");
        read();
        refresh.start();
    }

    @Override
    public void hidden() {
        refresh.stop();
    }

    /** One read at a time: a slow database does not pile reads up behind each other. Event thread. */
    private void read() {
        if (reading) {
            return;
        }
        reading = true;
        tasks.run(outbox::readers, readers -> {
            reading = false;
            showReaders(readers);
        }, e -> {
            reading = false;
            message.setText(texts.get("outbox.readFailed", e.getMessage()));
        });
    }

    private void showReaders(List<Reader> readers) {
        if (readers.equals(shownReaders)) {
            return; // unchanged: the buttons stay where a finger may be
        }
        shownReaders = readers;
        rows.removeAll();
        if (readers.isEmpty()) {
            rows.add(new JLabel(texts.get("outbox.none")), "span 2");
        }
        for (Reader reader : readers) {
            SqlEvents.Standing standing = reader.standing();
            SqlEvents.Delivery delivery = standing.delivery();
            JLabel name = new JLabel(reader.title());
            Style.classes(name, Style.H3);
            JLabel mark = new JLabel(standing.markAt().isEmpty() ? texts.get("outbox.markNone", standing.waiting())
                    : texts.get("outbox.mark", delivery.delivered(), time.format(standing.markAt().get()),
                            standing.waiting()));
            mark.setName(Names.OUTBOX_MARK_PREFIX + reader.consumer());
            Style.classes(mark, Style.LARGE);
            JTextArea failure = wrapped(failure(standing));
            failure.setName(Names.OUTBOX_FAILURE_PREFIX + reader.consumer());
            if (delivery.lastError().isPresent()) {
                Style.classes(failure, Style.DANGER);
            }
            rows.add(name, "wmin 0");
            if (delivery.parked() && reader.pluginId().isPresent()) {
                JButton retry = new JButton(texts.get("outbox.retry"));
                retry.setName(Names.OUTBOX_RETRY_PREFIX + reader.consumer());
                retry.addActionListener(e -> retry(reader.pluginId().get()));
                rows.add(retry, "spany 3, top, w 160!, h 56!");
            } else {
                rows.add(new JLabel(), "spany 3");
            }
            rows.add(mark, "wmin 0");
            rows.add(failure, "wmin 0, gapbottom 16");
        }
        rows.revalidate();
        rows.repaint();
    }

    private String failure(SqlEvents.Standing standing) {
        SqlEvents.Delivery delivery = standing.delivery();
        String when = standing.lastFailureAt().map(time::format).orElse("?");
        if (delivery.parked()) {
            return texts.get("outbox.parked", time.format(delivery.parkedAt().orElseThrow()), when,
                    delivery.lastError().orElse(""));
        }
        return delivery.lastError().map(error -> texts.get("outbox.failure", when, error))
                .orElse(texts.get("outbox.noFailure"));
    }

    private void retry(String pluginId) {
        tasks.run(() -> outbox.retry(pluginId), resumed -> {
            message.setText(texts.get(resumed > 0 ? "outbox.retried" : "outbox.nothingHeld", pluginId));
            read();
        }, e -> message.setText(texts.get("outbox.retryFailed", e.getMessage())));
    }

    private static JTextArea wrapped(String text) {
        JTextArea area = new JTextArea(text);
        area.setEditable(false);
        area.setFocusable(false);
        area.setLineWrap(true);
        area.setWrapStyleWord(true);
        area.setOpaque(false);
        area.setBorder(BorderFactory.createEmptyBorder());
        return area;
    }

    /** The readers' list: as wide as the screen, its long failures wrapped, never scrolled sideways. */
    private static final class Rows extends JPanel implements Scrollable {
        private static final long serialVersionUID = 1L;

        Rows() {
            super(new MigLayout("insets 8, gap 16 4, wrap 2", "[grow, fill][]"));
        }

        @Override
        public Dimension getPreferredScrollableViewportSize() {
            return getPreferredSize();
        }

        @Override
        public int getScrollableUnitIncrement(Rectangle visible, int orientation, int direction) {
            return 24;
        }

        @Override
        public int getScrollableBlockIncrement(Rectangle visible, int orientation, int direction) {
            return orientation == SwingConstants.VERTICAL ? visible.height : visible.width;
        }

        @Override
        public boolean getScrollableTracksViewportWidth() {
            return true;
        }

        @Override
        public boolean getScrollableTracksViewportHeight() {
            return false;
        }
    }
}
