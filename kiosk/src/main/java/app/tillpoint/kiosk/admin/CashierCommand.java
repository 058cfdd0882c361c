package app.tillpoint.kiosk.admin;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.kiosk.store.CashierEntry;
import app.tillpoint.kiosk.store.CashierLanguage;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.PinRules;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.SqlCashiers;
import app.tillpoint.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The launcher's {@code cashier} subcommand: list, add, disable, and set the badge or PIN of cashiers in the data
 * folder's database. Exit codes: 0 done, 1 the database failed, 2 bad input (the message says what).
 *
 * <pre>
 * cashier list
 * cashier add --name "Asha R" --role CASHIER|HEAD_CASHIER [--badge CODE] [--pin 1234] [--language hi]
 * cashier language ID en|hi|ta|none
 * cashier disable ID
 * cashier badge ID CODE
 * cashier pin ID PIN
 * cashier rehash-badges < codes
 * </pre>
 */
public final class CashierCommand {

    /** Success. */
    public static final int OK = 0;
    /** The database could not be opened or written. */
    public static final int FAILED = 1;
    /** The command line was wrong; nothing was changed. */
    public static final int BAD_INPUT = 2;

    private static final Logger LOG = LoggerFactory.getLogger(CashierCommand.class);
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] cashier COMMAND
              cashier list                       every cashier, disabled ones too
              cashier add --name NAME --role CASHIER|HEAD_CASHIER [--badge CODE] [--pin DIGITS]
                          [--language en|hi|ta]
              cashier language ID en|hi|ta|none  the language the screens speak once the cashier identifies
                                                 (none: the terminal's)
              cashier disable ID                 disables the cashier and releases the badge
              cashier badge ID CODE              gives the cashier a (new) badge
              cashier pin ID DIGITS              sets the PIN (4 to 12 digits) and ends a lock-out
              cashier rehash-badges              reads badge codes (scanned, one a line) and moves each badge's
                                                 old slow hash to the keyed one; lists who is left""";

    private final Clock clock;
    private final InputStream in;

    public CashierCommand() {
        this(Clock.systemUTC(), System.in);
    }

    public CashierCommand(Clock clock) {
        this(clock, InputStream.nullInputStream());
    }

    /** @param in where {@code rehash-badges} reads the badge codes, one a line */
    public CashierCommand(Clock clock, InputStream in) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.in = Objects.requireNonNull(in, "in");
    }

    /** A command-line mistake; its message is printed as is. */
    private static final class BadInput extends Exception {
        BadInput(String message) {
            super(message);
        }
    }

    /**
     * Runs {@code cashier args…} on the database in {@code dataDir}.
     *
     * @param args the arguments after {@code cashier}
     * @return the exit code: {@link #OK}, {@link #FAILED} or {@link #BAD_INPUT}
     */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return BAD_INPUT;
        }
        if (List.of("help", "--help", "-h").contains(args.get(0))) {
            out.println(USAGE);
            return OK;
        }
        if (!List.of("list", "add", "language", "disable", "badge", "pin", "rehash-badges").contains(args.get(0))) {
            err.println("cashier: unknown command \"" + args.get(0) + "\"\n" + USAGE);
            return BAD_INPUT;
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!args.get(0).equals("add") && !Files.exists(file)) {
            // Only add may create the database: a mistyped --data-dir should not look like an empty terminal.
            err.println("cashier: there is no Tillpoint database at " + file.toAbsolutePath()
                    + "; check --data-dir, or add a cashier first");
            return BAD_INPUT;
        }
        try (Database database = Database.open(file);
             SqlAudit audit = new SqlAudit(database, clock)) {
            SqlCashiers cashiers = new SqlCashiers(database, audit, clock, PinRules.DEFAULT);
            return execute(args, cashiers, out, err);
        } catch (BadInput | IllegalArgumentException e) {
            err.println("cashier: " + e.getMessage());
            return BAD_INPUT;
        } catch (StoreException e) {
            LOG.error("cashier {} failed on {}", args.get(0), file, e);
            err.println("cashier: " + e.getMessage());
            return FAILED;
        }
    }

    private int execute(List<String> args, SqlCashiers cashiers, PrintStream out, PrintStream err)
            throws BadInput {
        String command = args.get(0);
        List<String> rest = args.subList(1, args.size());
        switch (command) {
            case "list" -> {
                expect(rest, 0, "cashier list");
                list(cashiers.all(), clock.instant(), out);
            }
            case "add" -> add(rest, cashiers, out, err);
            case "language" -> {
                expect(rest, 2, "cashier language ID en|hi|ta|none");
                Optional<String> language = CashierLanguage.parse(rest.get(1));
                Cashier cashier = cashiers.setLanguage(id(rest.get(0)), language);
                out.println(describe(cashier) + " " + language.map(code -> "speaks " + code)
                        .orElse("speaks the terminal's language") + " from their next identification.");
            }
            case "disable" -> {
                expect(rest, 1, "cashier disable ID");
                Cashier cashier = cashiers.disable(id(rest.get(0)));
                out.println("Disabled " + describe(cashier) + "; their badge can be given to someone else.");
            }
            case "badge" -> {
                expect(rest, 2, "cashier badge ID CODE");
                Cashier cashier = cashiers.setBadge(id(rest.get(0)), rest.get(1));
                out.println("New badge set for " + describe(cashier) + ".");
            }
            case "pin" -> {
                expect(rest, 2, "cashier pin ID DIGITS");
                Cashier cashier = cashiers.setPin(id(rest.get(0)), rest.get(1));
                out.println("New PIN set for " + describe(cashier) + ".");
            }
            case "rehash-badges" -> {
                expect(rest, 0, "cashier rehash-badges < codes");
                rehashBadges(cashiers, out);
            }
            default -> throw new BadInput("unknown command \"" + command + "\"\n" + USAGE);
        }
        return OK;
    }

    private static void add(List<String> options, SqlCashiers cashiers, PrintStream out, PrintStream err)
            throws BadInput {
        String name = null;
        Role role = null;
        Optional<String> badge = Optional.empty();
        Optional<String> pin = Optional.empty();
        Optional<String> language = Optional.empty();
        for (int i = 0; i < options.size(); i += 2) {
            String option = options.get(i);
            if (i + 1 >= options.size()) {
                throw new BadInput(option + " needs a value");
            }
            String value = options.get(i + 1);
            switch (option) {
                case "--name" -> name = value;
                case "--role" -> role = role(value);
                case "--badge" -> badge = Optional.of(value);
                case "--pin" -> pin = Optional.of(value);
                case "--language" -> language = CashierLanguage.parse(value);
                default -> throw new BadInput("unknown option " + option + " for cashier add\n" + USAGE);
            }
        }
        if (name == null || role == null) {
            throw new BadInput("cashier add needs --name and --role\n" + USAGE);
        }
        Cashier cashier = cashiers.add(name, role, badge, pin);
        if (language.isPresent()) {
            cashiers.setLanguage(cashier.id(), language);
        }
        out.println("Added " + describe(cashier) + (badge.isPresent() ? " with a badge" : "")
                + (pin.isPresent() ? " and a PIN" : "") + language.map(code -> ", speaking " + code).orElse("") + ".");
        if (cashier.isHeadCashier() && !cashier.hasPin()) {
            err.println("Note: head cashiers need a PIN to identify; set one with: cashier pin " + cashier.id()
                    + " DIGITS");
        }
    }

    /** Each badge code read moves its cashier's old hash; an unreadable or unknown code is said and skipped. */
    private void rehashBadges(SqlCashiers cashiers, PrintStream out) {
        List<Cashier> before = cashiers.withOldBadgeHash();
        out.println(before.size() + " cashier(s) with an old badge hash. Scan their badges, one a line; end with "
                + "Ctrl-D.");
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.println(cashiers.rehashBadge(line).map(cashier -> "Badge of " + describe(cashier) + " keyed.")
                            .orElse("No active cashier has this badge."));
                } catch (IllegalArgumentException e) {
                    out.println(e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Cashier> left = cashiers.withOldBadgeHash();
        out.println(left.isEmpty() ? "Every badge is keyed." : left.size() + " left, keyed at their next scan: "
                + String.join(", ", left.stream().map(CashierCommand::describe).toList()));
    }

    private static void list(List<CashierEntry> entries, Instant now, PrintStream out) {
        if (entries.isEmpty()) {
            out.println("No cashiers yet. Add one with: cashier add --name NAME --role CASHIER --badge CODE");
            return;
        }
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
                .withZone(ZoneId.systemDefault());
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"ID", "NAME", "ROLE", "STATUS", "BADGE", "PIN"});
        for (CashierEntry entry : entries) {
            Cashier cashier = entry.cashier();
            String status = !entry.active() ? "disabled"
                    : entry.lockedUntil().filter(now::isBefore)
                            .map(until -> "locked until " + time.format(until)).orElse("active");
            rows.add(new String[] {Long.toString(cashier.id()), cashier.name(), cashier.role().name(), status,
                    entry.hasBadge() ? "yes" : "no", cashier.hasPin() ? "yes" : "no"});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + (widths[i] + 2) + "s", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void expect(List<String> rest, int count, String usage) throws BadInput {
        if (rest.size() != count) {
            throw new BadInput("usage: " + usage);
        }
    }

    private static long id(String text) throws BadInput {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadInput("\"" + text + "\" is not a cashier id; see the ID column of: cashier list");
        }
    }

    private static Role role(String text) throws BadInput {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("unknown role \"" + text + "\"; use CASHIER or HEAD_CASHIER");
        }
    }

    private static String describe(Cashier cashier) {
        return cashier.name() + " (id " + cashier.id() + ", " + cashier.role() + ")";
    }
}
