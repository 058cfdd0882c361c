package app.tillpoint.kiosk;

import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.host.HostBackOffice;
import app.tillpoint.kiosk.office.OfficeCredentials;
import app.tillpoint.kiosk.office.OfficeStatusLine;
import app.tillpoint.kiosk.office.TerminalOffice;
import app.tillpoint.kiosk.office.TerminalTerms;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.SqlMasterData;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.ui.OutboxScreen;
import app.tillpoint.kiosk.ui.Texts;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The back office as the kiosk wires it at start, only with an {@code office} block in {@code terminal.json} and its
 * login: the office's denominations and policy as it last sent them, put on before anything reads the terminal's
 * ({@link #prepare}); the link and its sender started once the sessions are ({@link #start}); and what the rest of the
 * kiosk asks of it: the store's badge key, its line on the dashboard, its reader on the outbox screen, and where it
 * stands for plugins ({@link #backOffice}). Without an office each of these is empty.
 */
final class KioskOffice {
    private final ConfiguredTerminal terminal;
    private final Optional<OfficeCredentials> login;
    private final TerminalTerms terms;
    /** The back office link as plugins see it (the register's header): none until an office link starts. */
    private final HostBackOffice backOffice = new HostBackOffice();
    /** The back office link (its sender, its words for the dashboard), or null without an office. */
    private volatile TerminalOffice link;

    private KioskOffice(ConfiguredTerminal terminal, Optional<OfficeCredentials> login, TerminalTerms terms) {
        this.terminal = terminal;
        this.login = login;
        this.terms = terms;
    }

    /** Reads the office's login; with one, the terms the office sent last go on the terminal at once. */
    static KioskOffice prepare(ConfiguredTerminal terminal, Database database, Clock clock) {
        Optional<OfficeCredentials> login = terminal.config().office()
                .flatMap(office -> TerminalOffice.login(office, terminal.id()));
        TerminalTerms terms = new TerminalTerms(terminal);
        login.ifPresent(credentials -> terms.useStored(new SqlMasterData(database, clock)));
        return new KioskOffice(terminal, login, terms);
    }

    /** The store's badge key from the office's credentials, with which the office's cashiers' badges were hashed. */
    Optional<byte[]> badgeKey() {
        return login.flatMap(OfficeCredentials::badgeKeyBytes);
    }

    /**
     * Starts the link (its sender on its own thread) when there is a login, closed before the database with
     * {@code resources}.
     *
     * @param changed told, on the sender's thread, when the link's state changes
     */
    void start(Database database, SqlSessions sessions, Clock clock, Runnable changed,
               List<AutoCloseable> resources) {
        login.ifPresent(credentials -> {
            TerminalOffice started = TerminalOffice.start(terminal.config().office().orElseThrow(), credentials,
                    terminal.id(), database, sessions, terms, clock,
                    new OfficeStatusLine(new Texts(terminal.locale()), terminal.zone(), terminal.locale()), () -> {
                        changed.run();
                        linkChanged();
                    });
            // Closed before the database: its sender may be moving its mark.
            resources.add(0, started);
            link = started;
            linkChanged();
        });
    }

    /** Where the office link stands, for plugins ({@code KioskContext#backOffice}). */
    HostBackOffice backOffice() {
        return backOffice;
    }

    /** The office link's line on the dashboard, when it has one. */
    Optional<String> statusLine() {
        TerminalOffice current = link;
        return current == null ? Optional.empty() : current.line();
    }

    /** The office's sender as a reader of the outbox, when there is an office. */
    Optional<OutboxScreen.Reader> outboxReader(Texts texts) {
        TerminalOffice current = link;
        return current == null ? Optional.empty() : Optional.of(new OutboxScreen.Reader(texts.get("outbox.office"),
                Optional.empty(), current.sender().standing()));
    }

    /** The office sender's state changed (or its link started): plugins see where it stands. Any thread. */
    private void linkChanged() {
        TerminalOffice current = link;
        if (current != null) {
            backOffice.update(current.link());
        }
    }
}
