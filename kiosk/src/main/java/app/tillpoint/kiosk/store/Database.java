package app.tillpoint.kiosk.store;

import app.tillpoint.api.DatabaseFaultException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.sqlite.SQLiteOpenMode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The terminal's SQLite database: one file, WAL journal, {@code synchronous=FULL}, foreign keys on, a busy time-out.
 *
 * <p>{@link #open} brings the schema up to date with the numbered {@link Migration}s under {@code PRAGMA
 * user_version}, each in its own transaction, after copying an existing database to {@code <file>.v<N>.bak}. A
 * database written by a newer Tillpoint is refused.
 *
 * <p>One connection, used by one thread at a time: {@link #inTransaction} and {@link #read} take turns. Write
 * transactions take SQLite's write lock at {@code BEGIN IMMEDIATE}, so two processes (the kiosk and the {@code cashier}
 * command) wait for each other, up to the busy time-out ({@link #BUSY_WAIT}), instead of failing half-way.
 * Thread-safe; blocking, so never on the event thread.
 *
 * <p>Faults of the disk or of another program (SQLite's busy, read-only, full and I/O errors) come out as a
 * {@link StoreException} whose cause is a {@link DatabaseFaultException}, the refusal a cashier reads
 * ({@link SqliteFaults}); the transaction is rolled back whole. After a read-only or I/O fault the next transaction
 * opens the file afresh, so that a permission or a disk given back is used without a restart.
 */
public final class Database implements AutoCloseable {

    /** The file name in the terminal's data folder. */
    public static final String FILE_NAME = "tillpoint.db";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String IMMEDIATE = "BEGIN IMMEDIATE";
    /**
     * How long a change waits for another program's write lock before it is refused as busy. The kiosk's own
     * transactions and the admin commands' hold it for milliseconds, so five seconds covers any of them many times
     * over; a lock held longer is someone at {@code sqlite3}, and the cashier, with a customer waiting, is better told
     * at once than kept in front of a frozen dialog (the background thread waits too, with every task behind it).
     */
    static final Duration BUSY_WAIT = Duration.ofSeconds(5);

    private final Path file;
    private final int busyWaitMillis;
    private final AuditChain auditChain;
    private final BadgeHash badgeHash;
    private final PinHash pinHash;
    private final ReentrantLock lock = new ReentrantLock();
    private Connection connection;
    private int transactionDepth;
    /** A read-only or I/O fault was met: the next transaction opens the file afresh. */
    private boolean reconnect;
    /** The file the connection has open (its inode, where the system tells), to see it moved or removed. */
    private Object fileKey;

    /** Work done with the database's connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private Database(Path file, Connection connection, int busyWaitMillis, byte[] terminalKey) {
        this.file = file;
        this.connection = connection;
        this.busyWaitMillis = busyWaitMillis;
        this.auditChain = new AuditChain(terminalKey);
        this.badgeHash = new BadgeHash(terminalKey);
        this.pinHash = new PinHash(terminalKey);
        this.fileKey = fileKey(file);
    }

    /**
     * Opens (creating it if needed) the database at {@code file} and applies the bundled migrations.
     *
     * @throws StoreException if the file cannot be opened, is not a Tillpoint database, is newer than this code, or a
     *                        migration fails (the database is left at the last version that succeeded)
     */
    public static Database open(Path file) {
        // The migrations' SQL is read only when there is something to migrate: not on a daily start.
        return open(file, Migration.bundledCount(), Migration::bundled, BUSY_WAIT);
    }

    /** Opens {@code file} with these migrations only; for tests that need an older schema. */
    static Database open(Path file, List<Migration> migrations) {
        return open(file, migrations, BUSY_WAIT);
    }

    /** Opens {@code file} with these migrations, waiting {@code busyWait} for another program's write lock. */
    static Database open(Path file, List<Migration> migrations, Duration busyWait) {
        return open(file, migrations.size(), () -> migrations, busyWait);
    }

    private static Database open(Path file, int target, Supplier<List<Migration>> migrations, Duration busyWait) {
        Path absolute = file.toAbsolutePath();
        int busyWaitMillis = Math.toIntExact(busyWait.toMillis());
        Connection connection;
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            connection = connect(absolute, busyWaitMillis, true);
        } catch (IOException | SQLException e) {
            throw new StoreException("Cannot open the database " + absolute + ": " + e.getMessage(), e);
        }
        byte[] key;
        try {
            key = TerminalKey.beside(absolute);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        Database database = new Database(absolute, connection, busyWaitMillis, key);
        try {
            database.migrate(target, migrations);
            return database;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Connection connect(Path file, int busyWaitMillis, boolean create) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        if (!create) {
            config.resetOpenMode(SQLiteOpenMode.CREATE);
        }
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(busyWaitMillis);
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** The audit's hash chain, keyed by the terminal's key: every audit row is appended through it. */
    AuditChain auditChain() {
        return auditChain;
    }

    /** Badge codes' keyed hash, with the badge key derived from the terminal's key. */
    BadgeHash badgeHash() {
        return badgeHash;
    }

    /** PINs' peppered hash, with the PIN key derived from the terminal's key. */
    PinHash pinHash() {
        return pinHash;
    }

    /** Appends an audit row in the caller's transaction, chained to the last one. */
    void audit(Connection in, java.time.Instant at, String event, String detail, Long cashierId) throws SQLException {
        auditChain.append(in, at, event, detail, cashierId);
    }

    /** Walks the audit's hash chain: intact, or the first row that was changed, removed or inserted. */
    public AuditChain.Verdict verifyAudit() {
        return read(auditChain::verify);
    }

    /** The schema version, {@code PRAGMA user_version}. */
    public int schemaVersion() {
        return read(Database::userVersion);
    }

    /**
     * Runs {@code work} in one write transaction: commits if it returns, rolls everything back if it throws. A call
     * made inside another transaction on the same thread joins it. The work must not commit or roll back itself.
     *
     * @throws StoreException wrapping an {@link SQLException} from the work (cause kept); for a fault of the disk or of
     *                        another program (waited {@link #BUSY_WAIT} for its write lock) with a
     *                        {@link DatabaseFaultException} as its cause and message; runtime exceptions pass
     */
    public <T> T inTransaction(Work<T> work) {
        return transaction(IMMEDIATE, work, busyWaitMillis);
    }

    /**
     * As {@link #inTransaction}, but refused as busy at once if another program holds the write lock: for the audit
     * writer, which tries again later rather than hold the connection while a cashier's sale waits behind it.
     */
    <T> T inTransactionIfFree(Work<T> work) {
        return transaction(IMMEDIATE, work, 0);
    }

    /**
     * Runs {@code work} in a read transaction, so that its statements see one consistent state of the database
     * without taking the write lock. Joins a transaction already running on this thread.
     */
    public <T> T read(Work<T> work) {
        return transaction("BEGIN DEFERRED", work, busyWaitMillis);
    }

    private <T> T transaction(String begin, Work<T> work, int waitMillis) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            if (reconnect) {
                reconnect();
            }
            if (begin.equals(IMMEDIATE)) {
                requireFileInPlace();
            }
            if (waitMillis == busyWaitMillis) {
                return outermost(begin, work);
            }
            busyTimeout(waitMillis);
            try {
                return outermost(begin, work);
            } finally {
                busyTimeout(busyWaitMillis);
            }
        } catch (SQLException e) {
            throw failure(e, waitMillis);
        } finally {
            lock.unlock();
        }
    }

    /** The store's exception for {@code e}: a fault's refusal, remembering to open the file afresh; else an error. */
    private StoreException failure(SQLException e, int waitMillis) {
        Optional<DatabaseFaultException.Fault> fault = SqliteFaults.of(e);
        if (fault.isEmpty()) {
            return new StoreException("Database error: " + e.getMessage(), e);
        }
        if (waitMillis > 0) {
            LOG.warn("Database {} refused the work: {}", file, e.getMessage());
        } else {
            // The audit writer's tries, every second while the fault lasts: it says so once itself.
            LOG.debug("Database {} refused the work: {}", file, e.getMessage());
        }
        reconnect |= SqliteFaults.needsReconnect(fault.get());
        return SqliteFaults.refusal(fault.get(), e);
    }

    /** Opens the file afresh after a read-only or I/O fault; the old connection is closed only once that worked. */
    private void reconnect() throws SQLException {
        // Never creating it: on a disk that is gone, an empty file at the same path must not pass for the till's.
        Connection fresh = connect(file, busyWaitMillis, false);
        closeQuietly(connection);
        connection = fresh;
        fileKey = fileKey(file);
        reconnect = false;
        LOG.info("Database {} opened afresh after a fault", file);
    }

    /**
     * Refuses to write when the file is no longer where it was opened: SQLite in WAL mode would go on writing into
     * the open file, moved or deleted (its disk gone), and the change would be lost to the next start.
     */
    private void requireFileInPlace() throws SQLException {
        Object now = fileKey(file);
        if (fileKey == null) {
            fileKey = now;
        }
        if (now == null || !now.equals(fileKey)) {
            throw new SQLiteException("[SQLITE_READONLY_DBMOVED] The database file " + file + " was moved or removed",
                    SQLiteErrorCode.SQLITE_READONLY_DBMOVED);
        }
    }

    /** The file's identity (device and inode on Linux), or its path where the system gives none; null if it is gone. */
    private static Object fileKey(Path file) {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key != null ? key : file;
        } catch (IOException e) {
            return null;
        }
    }

    private void busyTimeout(int millis) throws SQLException {
        execute("PRAGMA busy_timeout = " + millis);
    }

    // BEGIN and COMMIT by hand, in auto-commit mode: the driver's own commit() starts the next transaction at once,
    // which could wait for another process and then fail after the commit had succeeded.
    private <T> T outermost(String begin, Work<T> work) throws SQLException {
        execute(begin);
        transactionDepth = 1;
        boolean committed = false;
        try {
            T result = work.run(connection);
            execute("COMMIT");
            committed = true;
            return result;
        } finally {
            transactionDepth = 0;
            if (!committed) {
                rollbackQuietly();
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite may have rolled back already (e.g. on a full disk); the original failure is what matters.
            LOG.warn("Rollback on {} reported: {}", file, e.getMessage());
        }
    }

    /** Brings the schema to version {@code target}, with {@code bundled} read only if it is not there yet. */
    private void migrate(int target, Supplier<List<Migration>> bundled) {
        lock.lock();
        try {
            int version = userVersion(connection);
            if (version == target && version > 0) {
                return;
            }
            List<Migration> migrations = bundled.get();
            for (int i = 0; i < migrations.size(); i++) {
                if (migrations.get(i).version() != i + 1) {
                    throw new IllegalStateException("Migrations must be numbered 1, 2, 3 …: " + migrations.get(i));
                }
            }
            if (version > target) {
                throw new StoreException("The database " + file + " has schema version " + version
                        + ", but this Tillpoint knows versions up to " + target
                        + ". Install the newer Tillpoint that wrote it, or restore a backup copy.");
            }
            if (version == 0 && hasTables()) {
                throw new StoreException("The file " + file + " is not a Tillpoint database (it has tables but no "
                        + "schema version). Move it away or choose another data folder.");
            }
            if (version > 0 && version < target) {
                backUp(version);
            }
            for (Migration migration : migrations.subList(version, target)) {
                apply(migration);
            }
        } catch (SQLException e) {
            throw new StoreException("Cannot read the schema version of " + file + ": " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    private boolean hasTables() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%'")) {
            return rows.next() && rows.getInt(1) > 0;
        }
    }

    /** Copies the database, consistently, to {@code <file>.v<version>.bak} (never over an older copy). */
    private void backUp(int version) {
        Path copy = file.resolveSibling(file.getFileName() + ".v" + version + ".bak");
        for (int n = 2; Files.exists(copy); n++) {
            copy = file.resolveSibling(file.getFileName() + ".v" + version + "-" + n + ".bak");
        }
        try (PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, copy.toString());
            vacuum.execute();
            LOG.info("Copied {} (schema version {}) to {} before upgrading it", file, version, copy);
        } catch (SQLException e) {
            throw new StoreException("Cannot copy " + file + " to " + copy + " before upgrading it, so it was not "
                    + "upgraded: " + e.getMessage(), e);
        }
    }

    private void apply(Migration migration) {
        try {
            // Only outside a transaction can foreign keys be turned off; they are checked before the commit instead.
            foreignKeys(!migration.foreignKeysOff());
            try {
                inTransaction(connection -> {
                    try (Statement statement = connection.createStatement()) {
                        for (String sql : migration.statements()) {
                            statement.execute(sql);
                        }
                        if (migration.step() != null) {
                            migration.step().run(auditChain, connection);
                        }
                        if (migration.foreignKeysOff()) {
                            requireForeignKeysHold(statement);
                        }
                        statement.execute("PRAGMA user_version = " + migration.version());
                    }
                    return null;
                });
            } finally {
                foreignKeys(true);
            }
            LOG.info("Database {} upgraded to schema version {} ({})", file, migration.version(), migration.name());
        } catch (StoreException e) {
            throw new StoreException("Cannot upgrade the database " + file + " with " + migration.name() + ": "
                    + e.getMessage(), e);
        }
    }

    private void foreignKeys(boolean on) {
        try {
            execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        } catch (SQLException e) {
            throw new StoreException("Cannot turn foreign keys " + (on ? "on" : "off") + ": " + e.getMessage(), e);
        }
    }

    private static void requireForeignKeysHold(Statement statement) throws SQLException {
        try (ResultSet broken = statement.executeQuery("PRAGMA foreign_key_check")) {
            if (broken.next()) {
                throw new SQLException("a row of " + broken.getString("table") + " (rowid " + broken.getLong("rowid")
                        + ") refers to a missing row of " + broken.getString("parent"));
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing a database connection failed: {}", e.getMessage());
        }
    }

    private static int userVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Closes the connection; a checkpoint folds the WAL back into the file. Never throws. */
    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }
}
