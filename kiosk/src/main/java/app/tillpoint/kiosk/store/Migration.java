package app.tillpoint.kiosk.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One numbered schema change: the SQL of {@code V<version>__<name>.sql}, applied once, in its own transaction, after
 * which {@code PRAGMA user_version} is {@code version}.
 *
 * <p>Statements are separated by a line ending in {@code ;}; a {@code CREATE TRIGGER} runs to its {@code END;}.
 * Lines starting with {@code --} are comments. A file with the line {@value #FOREIGN_KEYS_OFF} rebuilds tables:
 * it runs with foreign keys off (SQLite's way to copy a table that others refer to), and commits only if every
 * reference still holds afterwards ({@code PRAGMA foreign_key_check}).
 *
 * @param version         1, 2, 3 …: the {@code user_version} after this migration
 * @param name            the file name, for messages
 * @param statements      the SQL statements, in order
 * @param foreignKeysOff  whether it runs with foreign keys off, checked at the end
 * @param step            code run after the statements in the same transaction (sealing the audit), or null
 */
public record Migration(int version, String name, List<String> statements, boolean foreignKeysOff, Step step) {

    /** The directive line of a migration that rebuilds tables. */
    static final String FOREIGN_KEYS_OFF = "-- tillpoint: foreign keys off";

    /** The bundled migrations, oldest first. Add a file here and in resources to change the schema. */
    private static final List<String> BUNDLED = List.of(
            "V1__initial.sql",
            "V2__pin_lockout.sql",
            "V3__selling_closing.sql",
            "V4__cash_controls.sql",
            "V5__audit_chain.sql",
            "V6__event_outbox.sql",
            "V7__history_indexes.sql",
            "V8__office_master_data.sql",
            "V9__office_terms.sql",
            "V10__taxes.sql",
            "V11__product_barcodes.sql",
            "V12__measured_lines.sql",
            "V13__cashier_language.sql",
            "V14__refunds.sql",
            "V15__payment_methods.sql",
            "V16__discounts.sql",
            "V17__refund_events.sql",
            "V18__settlements_after_refunds.sql",
            "V19__product_images.sql",
            "V20__refund_taxes.sql",
            "V21__negative_settlements.sql");

    /** Code that finishes a migration: what SQL alone cannot do, such as hashing with the terminal's key. */
    @FunctionalInterface
    public interface Step {
        void run(AuditChain chain, java.sql.Connection connection) throws java.sql.SQLException;
    }

    public Migration {
        statements = List.copyOf(statements);
    }

    /** A migration of statements only. */
    public Migration(int version, String name, List<String> statements) {
        this(version, name, statements, false, null);
    }

    /** How many migrations ship with this build: the schema version it writes. */
    public static int bundledCount() {
        return BUNDLED.size();
    }

    /** The migrations that ship with this build, oldest first, numbered 1, 2, 3 … without gaps. */
    public static List<Migration> bundled() {
        List<Migration> migrations = new ArrayList<>();
        for (String file : BUNDLED) {
            Migration migration = fromSql(versionOf(file), file, read(file));
            if (file.equals("V5__audit_chain.sql")) {
                migration = migration.withStep(AuditChain::sealAll);
            }
            migrations.add(migration);
        }
        return List.copyOf(migrations);
    }

    /** A migration from SQL text, split into statements. */
    public static Migration fromSql(int version, String name, String sql) {
        boolean foreignKeysOff = sql.lines().anyMatch(line -> line.strip().equals(FOREIGN_KEYS_OFF));
        return new Migration(version, name, split(sql), foreignKeysOff, null);
    }

    /** This migration, finished by {@code code}. */
    Migration withStep(Step code) {
        return new Migration(version, name, statements, foreignKeysOff, code);
    }

    static int versionOf(String file) {
        int end = file.indexOf("__");
        if (!file.startsWith("V") || end < 2) {
            throw new IllegalArgumentException("A migration is named V<number>__<what>.sql, not " + file);
        }
        return Integer.parseInt(file.substring(1, end));
    }

    private static String read(String file) {
        try (InputStream in = Migration.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new StoreException("The migration " + file + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("Cannot read the migration " + file, e);
        }
    }

    static List<String> split(String sql) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().strip().toUpperCase(Locale.ROOT).matches("(?s)CREATE\\s+TRIGGER.*");
            boolean ends = inTrigger ? trimmed.equalsIgnoreCase("END;") : trimmed.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
