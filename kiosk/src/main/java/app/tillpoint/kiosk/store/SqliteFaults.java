package app.tillpoint.kiosk.store;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.DatabaseFaultException.Fault;
import org.sqlite.SQLiteException;

import java.sql.SQLException;
import java.util.Optional;

/**
 * SQLite's answers that mean a fault of the disk or of another program rather than of Tillpoint, turned into the
 * refusal the cashier reads: busy or locked, read-only, full, an I/O error or a file that cannot be opened. The one
 * place that reads SQLite's result codes for that.
 */
final class SqliteFaults {
    // SQLite's primary result codes; an extended code (SQLITE_IOERR_WRITE, SQLITE_READONLY_DBMOVED …) keeps its
    // primary code in the low byte.
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int PROTOCOL = 15;
    /** SQLITE_READONLY_DBMOVED: the file was moved or deleted under the open connection, as when its disk is gone. */
    private static final int READONLY_DBMOVED = READONLY | (4 << 8);

    private SqliteFaults() {
    }

    /** The fault {@code e} or one of its causes reports, if it is one. */
    static Optional<Fault> of(SQLException e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<Fault> fault = ofCode(code(sql));
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        return Optional.empty();
    }

    private static int code(SQLException e) {
        return e instanceof SQLiteException sqlite ? sqlite.getResultCode().code : e.getErrorCode();
    }

    private static Optional<Fault> ofCode(int code) {
        if (code == READONLY_DBMOVED) {
            return Optional.of(Fault.DISK_ERROR);
        }
        return switch (code & 0xff) {
            case BUSY, LOCKED, PROTOCOL -> Optional.of(Fault.BUSY);
            case READONLY -> Optional.of(Fault.READ_ONLY);
            case FULL -> Optional.of(Fault.FULL);
            case IOERR, CANTOPEN -> Optional.of(Fault.DISK_ERROR);
            default -> Optional.empty();
        };
    }

    /** Whether the connection should be opened afresh: a permission or a disk may come back under the same path. */
    static boolean needsReconnect(Fault fault) {
        return fault == Fault.READ_ONLY || fault == Fault.DISK_ERROR;
    }

    /** The store's exception for {@code fault}: its message is the cashier's, its cause the refusal, then SQLite's. */
    static StoreException refusal(Fault fault, SQLException e) {
        DatabaseFaultException refusal = new DatabaseFaultException(fault);
        refusal.initCause(e);
        return new StoreException(refusal.getMessage(), refusal);
    }
}
