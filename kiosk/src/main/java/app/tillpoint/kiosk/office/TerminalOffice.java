package app.tillpoint.kiosk.office;

import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.MachineFingerprint;
import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.SqlMasterData;
import app.tillpoint.kiosk.store.SqlSessions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A terminal's link to the back office as the kiosk runs it: its sender (the facts up, the store's master data down,
 * on the {@code tillpoint-office} thread), and the link's words for the dashboard, read every two seconds on a thread
 * of their own (how many events wait is a database read). Closed before the database: the sender may be moving a mark.
 */
public final class TerminalOffice implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalOffice.class);

    private final OfficeSender sender;
    private final ScheduledExecutorService watch;
    private volatile String line;

    private TerminalOffice(OfficeSender sender, ScheduledExecutorService watch) {
        this.sender = sender;
        this.watch = watch;
    }

    /** The terminal's office login; empty, logged, when it cannot be read or is another terminal's. */
    public static Optional<OfficeCredentials> login(TerminalConfig.Office office, String terminalId) {
        OfficeCredentials credentials;
        try {
            credentials = OfficeCredentials.read(office.credentials());
        } catch (IOException e) {
            LOG.error("The office link is off: {}", e.getMessage());
            return Optional.empty();
        }
        if (!credentials.terminal().equals(terminalId)) {
            LOG.error("The office link is off: {} is the login of terminal {}, not of {}", office.credentials(),
                    credentials.terminal(), terminalId);
            return Optional.empty();
        }
        return Optional.of(credentials);
    }

    /**
     * Starts the sender and the watch of its state.
     *
     * @param terms         the running terminal's, which the store's denominations and policies replace as they come
     * @param words         the dashboard's words for the link
     * @param onLineChanged told (on the watch's thread) when those words changed; {@link #line} has the new ones
     */
    public static TerminalOffice start(TerminalConfig.Office office, OfficeCredentials credentials, String terminalId,
                                       Database database, SqlSessions sessions, TerminalTerms terms, Clock clock,
                                       OfficeStatusLine words,
                                       Runnable onLineChanged) {
        OfficeSender sender = new OfficeSender(new SqlEvents(database, terminalId), new OfficeMarks(database),
                sessions::closing, new OfficeLink(office.url(), credentials, MachineFingerprint.of(database.file())),
                OfficeSender.Settings.DEFAULT, clock,
                new MasterDataPull(new SqlMasterData(database, clock), credentials.store(), Optional.of(terms)));
        ScheduledExecutorService watch = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "tillpoint-office-status");
            thread.setDaemon(true);
            return thread;
        });
        TerminalOffice link = new TerminalOffice(sender, watch);
        sender.start();
        var unused = watch.scheduleWithFixedDelay(() -> {
            try {
                String now = words.of(sender.status(), sender.waiting(), clock.instant());
                if (!now.equals(link.line)) {
                    link.line = now;
                    onLineChanged.run();
                }
            } catch (RuntimeException e) {
                LOG.debug("The office link's state could not be read", e);
            }
        }, 0, 2, TimeUnit.SECONDS);
        return link;
    }

    /** The sender, for the outbox screen. */
    public OfficeSender sender() {
        return sender;
    }

    /** Where the link stands, as plugins see it ({@link BackOffice}). */
    public BackOffice.Link link() {
        return switch (sender.status().state()) {
            case STARTING, SENDING -> BackOffice.Link.SENDING;
            case SYNCED -> BackOffice.Link.SYNCED;
            case OFFLINE -> BackOffice.Link.OFFLINE;
            case REFUSED, CERTIFICATE, LOGIN_REFUSED -> BackOffice.Link.REFUSED;
        };
    }

    /** The link's words for the dashboard's status line; empty until first read. */
    public Optional<String> line() {
        return Optional.ofNullable(line);
    }

    @Override
    public void close() {
        watch.shutdownNow();
        sender.close();
    }
}
