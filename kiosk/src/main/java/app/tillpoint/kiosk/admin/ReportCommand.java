package app.tillpoint.kiosk.admin;

import app.tillpoint.api.session.Session;
import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.SessionCsv;
import app.tillpoint.kiosk.store.SqlSales;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The launcher's {@code report} subcommand: the report of one session as CSV, for the back office; by default the
 * open session, or else the last closed one. Exit codes: 0 done, 1 the database failed, 2 bad input.
 *
 * <pre>
 * report [--session N] [--csv FILE]
 * </pre>
 */
public final class ReportCommand {

    private static final Logger LOG = LoggerFactory.getLogger(ReportCommand.class);
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] report [--session N] [--csv FILE]
              the session report as CSV: orders with lines, payments, cash moves, opening and closing counts,
              expected and counted cash, difference. Default: the open session, or else the last closed one;
              written to standard output, or to FILE""";

    private final Clock clock;

    public ReportCommand() {
        this(Clock.systemUTC());
    }

    public ReportCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code report args…} on the database in {@code dataDir} for the terminal of {@code configFile}.
     *
     * @return {@link CashierCommand#OK}, {@link CashierCommand#FAILED} or {@link CashierCommand#BAD_INPUT}
     */
    public int run(List<String> args, Path dataDir, Path configFile, PrintStream out, PrintStream err) {
        if (!args.isEmpty() && List.of("help", "--help", "-h").contains(args.get(0))) {
            out.println(USAGE);
            return CashierCommand.OK;
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        try {
            OptionalLong sessionId = OptionalLong.empty();
            Optional<Path> csv = Optional.empty();
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (i + 1 >= args.size() || !List.of("--session", "--csv").contains(option)) {
                    throw new BadInput("unexpected \"" + option + "\"\n" + USAGE);
                }
                String value = args.get(++i);
                if (option.equals("--session")) {
                    sessionId = OptionalLong.of(number(value));
                } else {
                    csv = Optional.of(Path.of(value));
                }
            }
            if (!Files.exists(file)) {
                throw new BadInput("there is no Tillpoint database at " + file.toAbsolutePath() + "; check --data-dir");
            }
            TerminalConfig terminal = CommandTerminal.load(configFile);
            try (Database database = Database.open(file)) {
                SqlSessions sessions = new SqlSessions(database, terminal.id(), terminal.currency(),
                        terminal.policy().toTerminalPolicy(), clock, new SqlSessions.Events() { });
                SqlSales sales = new SqlSales(database, sessions, terminal.currency(), clock, (s, o) -> { });
                long id = sessionId.isPresent() ? sessionId.getAsLong() : defaultSession(sessions);
                SessionCsv report = SessionCsv.of(database, sessions, sales, id)
                        .orElseThrow(() -> new BadInput("there is no session " + id + " on " + terminal.id()));
                if (csv.isPresent()) {
                    try (Writer writer = Files.newBufferedWriter(csv.get(), StandardCharsets.UTF_8)) {
                        report.writeCsv(writer, terminal.zone());
                    } catch (IOException e) {
                        throw new BadInput("cannot write " + csv.get() + ": " + e.getMessage());
                    }
                    out.println("Wrote the report of session " + id + " to " + csv.get());
                } else {
                    StringBuilder text = new StringBuilder();
                    report.writeCsv(text, terminal.zone());
                    out.print(text);
                    out.flush();
                }
            }
            return CashierCommand.OK;
        } catch (BadInput | ConfigException e) {
            err.println("report: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (StoreException e) {
            LOG.error("report failed on {}", file, e);
            err.println("report: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }

    private static long defaultSession(SqlSessions sessions) throws BadInput {
        Optional<Session> session = sessions.current().or(sessions::lastClosed);
        return session.orElseThrow(() -> new BadInput("no session was ever opened on this terminal")).id();
    }

    private static long number(String text) throws BadInput {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // Reported below in the same words as zero or a negative number.
            LOG.debug("Not a session number: {}", text);
        }
        throw new BadInput("--session needs a session number such as 12, not \"" + text + "\"");
    }
}
