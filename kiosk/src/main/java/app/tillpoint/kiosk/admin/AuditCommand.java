package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.store.AuditChain;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's {@code audit} subcommand: {@code audit verify} walks the audit's hash chain with the terminal's key
 * and says "intact", or names the first row that was changed, removed or inserted. Exit codes: 0 intact, 1 the
 * database failed, 2 bad input, 3 the audit was tampered with.
 */
public final class AuditCommand {
    /** The exit code of an audit that does not verify. */
    public static final int BROKEN = 3;

    private static final Logger LOG = LoggerFactory.getLogger(AuditCommand.class);
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] audit verify
              checks that no row of the audit was changed, removed or inserted since it was written
              (exit 0 intact, 3 tampered with)""";

    /** Runs {@code audit args…} on the database in {@code dataDir}. */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? CashierCommand.BAD_INPUT : CashierCommand.OK;
        }
        if (!args.equals(List.of("verify"))) {
            err.println("audit: unexpected \"" + String.join(" ", args) + "\"\n" + USAGE);
            return CashierCommand.BAD_INPUT;
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!Files.exists(file)) {
            err.println("audit: there is no Tillpoint database at " + file.toAbsolutePath() + "; check --data-dir");
            return CashierCommand.BAD_INPUT;
        }
        try (Database database = Database.open(file)) {
            AuditChain.Verdict verdict = database.verifyAudit();
            if (verdict.intact()) {
                out.println("The audit of " + dataDir + " is intact: " + verdict.rows() + " rows");
                return CashierCommand.OK;
            }
            out.println("The audit of " + dataDir + " was tampered with at row " + verdict.brokenRow() + ": "
                    + verdict.finding() + " (" + verdict.rows() + " rows before it are intact)");
            return BROKEN;
        } catch (StoreException e) {
            LOG.error("audit verify failed on {}", file, e);
            err.println("audit: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }
}
