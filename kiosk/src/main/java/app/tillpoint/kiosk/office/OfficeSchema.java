package app.tillpoint.kiosk.office;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import java.sql.SQLException;

/**
 * The office database's schema, {@code office}, migrated by Flyway from {@code db/office/V<n>__*.sql} on the class
 * path: numbered, each in a transaction, checksummed in {@code office.flyway_schema_history}, never edited once
 * released. Run by the office's owner (a role with CREATEROLE), from {@code tillpoint office register}.
 */
public final class OfficeSchema {
    static final String SCHEMA = "office";

    private OfficeSchema() {
    }

    /** Brings the office database at {@code url} to the newest version; returns how many migrations ran. */
    public static int migrate(String url, String user, String password) throws SQLException {
        try {
            return Flyway.configure(OfficeSchema.class.getClassLoader())
                    .dataSource(url, user, password)
                    .schemas(SCHEMA)
                    .locations("classpath:db/office")
                    .validateMigrationNaming(true)
                    .load()
                    .migrate()
                    .migrationsExecuted;
        } catch (FlywayException e) {
            throw new SQLException("Migrating the office database failed: " + e.getMessage(), e);
        }
    }
}
