package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.MachineFingerprint;
import app.tillpoint.kiosk.store.OfficeMarks;
import app.tillpoint.kiosk.store.SqlEvents;
import app.tillpoint.kiosk.store.SqlSessions;
import app.tillpoint.kiosk.store.TestTill;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;

/**
 * A terminal's office sender alone, in a child JVM that a test kills with SIGKILL mid-batch: it sends the till's
 * outbox batch after batch, each held open a moment before its commit, and says "SENT n" after each.
 */
public final class OfficeSenderProcess {
    private OfficeSenderProcess() {
    }

    /** {@code args}: the till's folder, the office's URL, the terminal's credentials file. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        try (Database database = Database.open(dir.resolve("tillpoint.db"))) {
            SqlSessions sessions = TestTill.sessions(database, TestTill.TERMINAL, Clock.systemUTC(), s -> { });
            OfficeLink link = new OfficeLink(args[1], OfficeCredentials.read(Path.of(args[2])),
                    MachineFingerprint.of(database.file()));
            OfficeSender.Hooks slow = new OfficeSender.Hooks() {
                @Override
                public void beforeCommit(Connection connection) {
                    try {
                        // A batch stays written but uncommitted for a while: the kill lands inside one.
                        Thread.sleep(40);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            };
            try (OfficeSender sender = new OfficeSender(new SqlEvents(database, TestTill.TERMINAL),
                    new OfficeMarks(database), sessions::closing, link, new OfficeSender.Settings(20, OfficeTerminal.QUICK.idlePause(),
                    OfficeTerminal.QUICK.firstPause(), OfficeTerminal.QUICK.longestPause()), Clock.systemUTC(),
                    slow)) {
                int sent;
                while ((sent = sender.sendOnce()) > 0) {
                    System.out.println("SENT " + sent);
                    System.out.flush();
                }
                System.out.println("DONE");
                System.out.flush();
            }
        }
    }
}
