package app.tillpoint.kiosk.office;

import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.MachineFingerprint;
import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.TestDatabase;
import app.tillpoint.kiosk.store.TestTill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.stream.Stream;

import static app.tillpoint.kiosk.store.TestTill.count;
import static app.tillpoint.kiosk.store.TestTill.rupees;

/**
 * The office's scale benchmark, run by {@code scripts/benchmark-office.sh} against a PostgreSQL it started: simulated
 * terminals, each its own SQLite file written by the real store code ({@link TestTill}, as the office's tests sell)
 * and sent by the real {@link OfficeSender}. A benchmark, not a test: it prints figures and fails nothing.
 *
 * <ol>
 *   <li><b>A week offline:</b> one terminal sells seven days with no office, then catches up; timed from its first
 *   batch to its last.</li>
 *   <li><b>Lag:</b> {@code --online} terminals, each with its sender running as in the kiosk (a look at the outbox
 *   every second), sell one sale each every {@code --sale-every-ms} for {@code --lag-seconds}; the lag of a sale is
 *   the office's {@code received_at} (its batch's transaction) minus the sale's own time (taken before its
 *   commit).</li>
 *   <li><b>A chain's day:</b> {@code --chain} terminals each hold a day ({@code --orders} and {@code --sessions} of
 *   the whole chain shared out), every one its own SQLite file (copies of one terminal's day, each registered as a
 *   terminal of its own); they send it all, {@code --parallel} connected at a time (as a connection pooler in front
 *   of the office would admit them); timed from the first connection to the last commit.</li>
 * </ol>
 *
 * <pre>java -cp kiosk/target/test-classes:kiosk/target/app/tillpoint-kiosk.jar:kiosk/target/app/lib/* \
 *     app.tillpoint.kiosk.office.OfficeBenchmark --office LOGIN --work DIR [options]</pre>
 */
public final class OfficeBenchmark {
    private static final String[] PRODUCTS = {"Masala chai", "Filter coffee", "Samosa", "Vada pav", "Masala dosa",
        "Gulab jamun", "Mango lassi", "Idli (2 pcs)"};

    private final OfficeAdmin admin;
    private final Options options;
    private final OfficeSender.Settings settings;

    private OfficeBenchmark(OfficeAdmin admin, Options options) {
        this.admin = admin;
        this.options = options;
        this.settings = new OfficeSender.Settings(options.batch, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofMinutes(1));
    }

    /** The command line's options; each has a default that is the issue's scale. */
    record Options(Path office, Path work, int chain, int orders, int sessions, int online, int lagSeconds,
                   int saleEveryMillis, int parallel, int weekDays, int batch) {
        static Options parse(String[] args) {
            Path office = null;
            Path work = null;
            int chain = 1_000;
            int orders = 300_000;
            int sessions = 3_000;
            int online = 100;
            int lagSeconds = 60;
            int saleEvery = 2_000;
            int parallel = 8;
            int weekDays = 7;
            int batch = OfficeSender.Settings.DEFAULT.batchSize();
            for (int i = 0; i < args.length; i += 2) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException(args[i] + " needs a value");
                }
                String value = args[i + 1];
                switch (args[i]) {
                    case "--office" -> office = Path.of(value);
                    case "--work" -> work = Path.of(value);
                    case "--terminals", "--chain" -> chain = positive(args[i], value);
                    case "--orders" -> orders = positive(args[i], value);
                    case "--sessions" -> sessions = positive(args[i], value);
                    case "--online" -> online = positive(args[i], value);
                    case "--lag-seconds" -> lagSeconds = positive(args[i], value);
                    case "--sale-every-ms" -> saleEvery = positive(args[i], value);
                    case "--parallel" -> parallel = positive(args[i], value);
                    case "--week-days" -> weekDays = positive(args[i], value);
                    case "--batch" -> batch = positive(args[i], value);
                    default -> throw new IllegalArgumentException("Unknown option " + args[i]);
                }
            }
            if (office == null || work == null) {
                throw new IllegalArgumentException("--office LOGIN and --work DIR are needed");
            }
            if (sessions < chain) {
                throw new IllegalArgumentException("--sessions must be at least --terminals: a terminal's day has "
                        + "one session at least");
            }
            return new Options(office, work, chain, orders, sessions, online, lagSeconds, saleEvery, parallel,
                    weekDays, batch);
        }

        private static int positive(String option, String value) {
            int number = Integer.parseInt(value);
            if (number < 1) {
                throw new IllegalArgumentException(option + " must be at least 1, not " + value);
            }
            return number;
        }

        int sessionsPerTerminal() {
            return sessions / chain;
        }

        int ordersPerTerminal() {
            return orders / chain;
        }
    }

    public static void main(String[] args) throws Exception {
        // A bad option is thrown with its message (the JVM exits non-zero); the script checks its own options first.
        Options options = Options.parse(args);
        // The store logs every sale at INFO: a benchmark's output is its figures, and what went wrong.
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.WARNING);
        Logger.getLogger("").addHandler(new java.util.logging.ConsoleHandler());
        OfficeAdmin admin = OfficeAdmin.read(options.office());
        admin.migrate();
        OfficeBenchmark benchmark = new OfficeBenchmark(admin, options);
        List<String> table = new ArrayList<>();
        table.add(benchmark.week());
        table.addAll(benchmark.lag());
        table.addAll(benchmark.chainDay());
        System.out.println();
        System.out.printf(Locale.ROOT, "%-58s %-22s %s%n", "figure", "measured", "goal");
        table.forEach(System.out::println);
    }

    private static String row(String figure, String measured, String goal) {
        return String.format(Locale.ROOT, "%-58s %-22s %s", figure, measured, goal);
    }

    private static void say(String format, Object... arguments) {
        System.out.printf(Locale.ROOT, "[%s] " + format + "%n", Stream.concat(Stream.of(Instant.now()
                .toString().substring(11, 19)), Stream.of(arguments)).toArray());
    }

    /**
     * Writes {@code days} of a terminal into {@code till}: each day {@code sessions} sessions, {@code orders} cash
     * sales of one to three lines shared among them, a cash in per session, each session closed.
     */
    private static void sell(TestTill till, int days, int sessions, int orders) throws Exception {
        for (int day = 0; day < days; day++) {
            for (int session = 0; session < sessions; session++) {
                till.open(count(2));
                int these = orders / sessions + (session < orders % sessions ? 1 : 0);
                for (int order = 0; order < these; order++) {
                    till.clock.advance(Duration.ofSeconds(40));
                    sale(till, order);
                }
                till.sessions.moveCash(new CashMoveRequest(till.asha, CashMove.Direction.IN, rupees(200),
                        "Change float", Optional.empty()));
                till.sessions.close(new ClosingRequest(till.asha, count(2, 1, 1), "", Optional.empty()));
            }
            till.clock.advance(Duration.ofHours(12));
        }
    }

    private static void sale(TestTill till, int order) throws Exception {
        int lines = 1 + order % 3;
        Object[] cart = new Object[lines * 2];
        for (int line = 0; line < lines; line++) {
            cart[line * 2] = PRODUCTS[(order + line * 3) % PRODUCTS.length];
            cart[line * 2 + 1] = 1 + (order + line) % 2;
        }
        till.sell(2_000, cart);
    }

    private static TestTill till(Path dir) {
        return TestTill.in(dir).allowedDifference(1_000_000_000_000L).allowedOpeningDifference(1_000_000_000_000L)
                .open();
    }

    /** A terminal's sender on the database in {@code dir}, as the kiosk makes it. */
    private OfficeSender sender(Database database, SqlSessions sessions, OfficeCredentials credentials) {
        return new OfficeSender(new SqlEvents(database, TestTill.TERMINAL), new OfficeMarks(database), sessions::closing,
                new OfficeLink(admin.url(), credentials, MachineFingerprint.of(database.file())), settings,
                Clock.systemUTC());
    }

    /** One terminal a week offline, then caught up. */
    private String week() throws Exception {
        int sessions = options.sessionsPerTerminal();
        int orders = options.ordersPerTerminal();
        say("A week offline: %d days of %d sessions and %d orders on one terminal, written…", options.weekDays(),
                sessions, orders);
        OfficeCredentials credentials = admin.register("WEEK", "A week offline", "Asia/Kolkata", "W01");
        try (TestTill till = till(options.work().resolve("week"))) {
            sell(till, options.weekDays(), sessions, orders);
            OfficeSender sender = sender(till.database, till.sessions, credentials);
            long events = sender.waiting();
            long started = System.nanoTime();
            int batches = 0;
            while (sender.sendOnce() > 0) {
                batches++;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            sender.close();
            say("…caught up: %,d events in %d batches in %.1f s", events, batches, seconds);
            return row(String.format(Locale.ROOT, "a week offline caught up, 1 terminal (%,d events)", events),
                    String.format(Locale.ROOT, "%.1f s", seconds), "< 30 s");
        }
    }

    /** Terminals online, their senders running, selling at a steady pace: the lag from a sale to the office. */
    private List<String> lag() throws Exception {
        int online = options.online();
        say("Lag: %d terminals online, a sale each every %d ms for %d s…", online, options.saleEveryMillis(),
                options.lagSeconds());
        Path template = options.work().resolve("lag-template");
        till(template).close();
        List<TestTill> tills = new ArrayList<>();
        List<OfficeSender> senders = new ArrayList<>();
        ScheduledExecutorService sellers = Executors.newScheduledThreadPool(4);
        AtomicLong sales = new AtomicLong();
        AtomicLong slowest = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        try {
            for (int i = 1; i <= online; i++) {
                String id = String.format(Locale.ROOT, "L%03d", i);
                Path dir = copy(template, options.work().resolve("lag").resolve(id));
                TestTill till = till(dir);
                tills.add(till);
                till.clock.setDate(Instant.now());
                till.open(count(2));
                OfficeSender sender = sender(till.database, till.sessions,
                        admin.register("LAG", "Lag", "Asia/Kolkata", id));
                senders.add(sender);
                sender.start();
            }
            List<ScheduledFuture<?>> selling = new ArrayList<>();
            for (int i = 0; i < tills.size(); i++) {
                TestTill till = tills.get(i);
                long offset = options.saleEveryMillis() * (long) i / tills.size();
                selling.add(sellers.scheduleAtFixedRate(() -> {
                    try {
                        // The sale's time is the real one: the office's lag is measured from it.
                        till.clock.setDate(Instant.now());
                        long started = System.nanoTime();
                        sale(till, (int) sales.incrementAndGet());
                        slowest.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }, offset, options.saleEveryMillis(), TimeUnit.MILLISECONDS));
            }
            Thread.sleep(Duration.ofSeconds(options.lagSeconds()).toMillis());
            selling.forEach(future -> future.cancel(false));
            sellers.shutdown();
            if (!sellers.awaitTermination(30, TimeUnit.SECONDS)) {
                say("…some sales did not finish in 30 s");
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (senders.stream().anyMatch(sender -> sender.waiting() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
        } finally {
            senders.forEach(OfficeSender::close);
            tills.forEach(TestTill::close);
        }
        try (Connection connection = admin.connect();
             PreparedStatement select = connection.prepareStatement("SELECT count(*),"
                     + " percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - at)),"
                     + " percentile_cont(0.99) WITHIN GROUP (ORDER BY extract(epoch FROM received_at - at)),"
                     + " max(extract(epoch FROM received_at - at))"
                     + " FROM office.events WHERE store_id = 'LAG' AND kind = 'SALE'");
             ResultSet lags = select.executeQuery()) {
            lags.next();
            say("…%,d sales (%d failed), the slowest sale took %d ms on its till; %,d arrived", sales.get(),
                    failures.get(), slowest.get(), lags.getLong(1));
            String figure = String.format(Locale.ROOT, "lag p50 / p99 / max, %d terminals online (%,d sales)",
                    online, lags.getLong(1));
            return List.of(row(figure, String.format(Locale.ROOT, "%.2f / %.2f / %.2f s", lags.getDouble(2),
                    lags.getDouble(3), lags.getDouble(4)), "p99 < 5 s"));
        }
    }

    /** A chain's day: every terminal's day sent, some connected at a time. */
    private List<String> chainDay() throws Exception {
        int chain = options.chain();
        int sessions = options.sessionsPerTerminal();
        int orders = options.ordersPerTerminal();
        say("A chain's day: %,d terminals of %d sessions and %d orders each; one terminal's day written…", chain,
                sessions, orders);
        Path template = options.work().resolve("day-template");
        try (TestTill till = till(template)) {
            sell(till, 1, sessions, orders);
        }
        say("…registering %,d terminals (stores of 10) and copying the day into each one's folder…", chain);
        List<OfficeCredentials> credentials = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (int i = 0; i < chain; i++) {
            String store = String.format(Locale.ROOT, "S%03d", i / 10 + 1);
            String id = String.format(Locale.ROOT, "C%04d", i + 1);
            credentials.add(admin.register(store, "Store " + store, "Asia/Kolkata", id));
            Path dir = copy(template, options.work().resolve("chain").resolve(id));
            freshEventIds(dir.resolve(Database.FILE_NAME));
            dirs.add(dir);
        }
        say("…sending, %d terminals connected at a time…", options.parallel());
        ExecutorService pool = Executors.newFixedThreadPool(options.parallel());
        List<Future<Integer>> sent = new ArrayList<>();
        AtomicLong sendingNanos = new AtomicLong();
        long started = System.nanoTime();
        for (int i = 0; i < chain; i++) {
            Path dir = dirs.get(i);
            OfficeCredentials login = credentials.get(i);
            sent.add(pool.submit(() -> {
                long begun = System.nanoTime();
                Database database = Database.open(dir.resolve(Database.FILE_NAME));
                try {
                    SqlSessions closings = TestTill.sessions(database, TestTill.TERMINAL, Clock.systemUTC(),
                            session -> { });
                    OfficeSender sender = sender(database, closings, login);
                    int batches = 0;
                    while (sender.sendOnce() > 0) {
                        batches++;
                    }
                    sender.close();
                    return batches;
                } finally {
                    database.close();
                    sendingNanos.addAndGet(System.nanoTime() - begun);
                }
            }));
        }
        int batches = 0;
        for (Future<Integer> terminal : sent) {
            batches += terminal.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long facts = 0;
        StringBuilder counts = new StringBuilder();
        try (Connection connection = admin.connect()) {
            for (String table : List.of("events", "sessions", "orders", "order_lines", "payments", "cash_moves")) {
                long rows = chainRows(connection, table);
                facts += rows;
                counts.append(String.format(Locale.ROOT, " %s %,d", table, rows));
            }
        }
        say("…sent in %d batches in %.1f s:%s", batches, seconds, counts);
        long expectedEvents = TestDatabase.queryLong(template.resolve(Database.FILE_NAME),
                "SELECT count(*) FROM events") * chain;
        long expectedOrders = TestDatabase.queryLong(template.resolve(Database.FILE_NAME),
                "SELECT count(*) FROM orders") * chain;
        try (Connection connection = admin.connect()) {
            boolean once = chainRows(connection, "events") == expectedEvents
                    && chainRows(connection, "orders") == expectedOrders;
            say("…every fact once: %s (%,d events and %,d orders expected)", once ? "yes" : "NO", expectedEvents,
                    expectedOrders);
        }
        say("…a terminal took %.0f ms on average from opening its SQLite file to its last commit; reading its outbox"
                + " alone (SQLite, the events with what they are about) takes %.0f ms", sendingNanos.get() / 1e6
                / chain, readingMillis(dirs.subList(0, Math.min(20, chain))));
        String day = String.format(Locale.ROOT, "a chain's day ingested: %,d terminals, %,d orders, %,d sessions",
                chain, (long) orders * chain, (long) sessions * chain);
        return List.of(row("facts ingested per second (rows of every table)", String.format(Locale.ROOT, "%,.0f/s",
                facts / seconds), ""), row(day, String.format(Locale.ROOT, "%.1f s", seconds), "< 300 s"));
    }

    /** How long reading a terminal's whole outbox takes, on average over {@code dirs}: the SQLite side of a send. */
    private double readingMillis(List<Path> dirs) {
        long nanos = 0;
        for (Path dir : dirs) {
            Database database = Database.open(dir.resolve(Database.FILE_NAME));
            try {
                SqlEvents events = new SqlEvents(database, TestTill.TERMINAL);
                long begun = System.nanoTime();
                long mark = 0;
                for (var batch = events.after(mark, settings.batchSize()); !batch.isEmpty();
                     batch = events.after(mark, settings.batchSize())) {
                    mark = batch.get(batch.size() - 1).sequence();
                }
                nanos += System.nanoTime() - begun;
            } finally {
                database.close();
            }
        }
        return nanos / 1e6 / dirs.size();
    }

    private static long chainRows(Connection connection, String table) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM office." + table
                + " WHERE terminal_id LIKE 'C%'");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /**
     * Gives a copied terminal's events ids of their own: an event's id is random, unique across the chain (the office
     * keeps each once), and a copy would repeat the template's. The outbox refuses every update, so its trigger is
     * dropped for this and made again as V6 made it.
     */
    private static void freshEventIds(Path file) throws SQLException {
        try (Connection connection = TestDatabase.raw(file); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("DROP TRIGGER events_no_update");
            sql.execute("UPDATE events SET id = lower(hex(randomblob(16)))");
            sql.execute("CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN"
                    + " SELECT RAISE(ABORT, 'Events never change'); END");
            connection.commit();
        }
    }

    /** Copies a terminal's folder (its SQLite file, its key) into a new one: a terminal of its own for the office. */
    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.copy(file, to.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return to;
    }
}
