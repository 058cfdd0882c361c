package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.office.ChainReport;
import app.tillpoint.kiosk.office.DayReport;
import app.tillpoint.kiosk.office.OfficeAdmin;
import app.tillpoint.kiosk.office.OfficeCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's {@code office} subcommand, on the manager's machine: registers a terminal in the office database
 * (its store made if new, its login role, its credentials file) and reports a store's or the chain's day. Its wall is the office's
 * own login ({@code --office FILE}, the owner's url, user and password), not the terminal's data folder: it changes
 * nothing on the machine it runs on but the credentials file it writes. Exit codes: 0 done, 1 the office failed,
 * 2 bad input or refused.
 */
public final class OfficeCommand {

    private static final Logger LOG = LoggerFactory.getLogger(OfficeCommand.class);
    static final String USAGE = """
            Usage: tillpoint office register --office FILE --store S [--store-name NAME] [--zone ZONE]
                                             --terminal T --credentials OUT
                     migrates the office database, registers terminal T of store S (made if new; its time zone
                     ZONE, default UTC) and writes its login to OUT (mode 0640): copy OUT to the terminal and name
                     it in terminal.json's "office" block. A terminal id is registered once.
                   tillpoint office report --office FILE --store S --day YYYY-MM-DD [--csv]
                     the store's day: sessions per terminal, opening and closing counts, expected and counted
                     cash, differences by cashier, cash moves; as a table, or as CSV
                   tillpoint office report --office FILE --chain --day YYYY-MM-DD [--csv]
                     the chain's day (each store's own, in its time zone): per store and terminal, sessions,
                     opening, cash sales, cash in and out, expected, counted, difference; the differences by
                     cashier across the chain; as a table, or as CSV
              FILE holds the office owner's login: url=jdbc:postgresql://HOST:5432/office?sslmode=verify-full,
              user=..., password=... (keep it readable by you only)""";

    private static final class BadInput extends Exception {
        private static final long serialVersionUID = 1L;

        BadInput(String message) {
            super(message);
        }
    }

    /** Runs {@code office args…}; returns {@link CashierCommand#OK}, {@code FAILED} or {@code BAD_INPUT}. */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || List.of("help", "--help", "-h").contains(args.get(0))) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? CashierCommand.BAD_INPUT : CashierCommand.OK;
        }
        try {
            return switch (args.get(0)) {
                case "register" -> register(options(args, Set.of("--office", "--store", "--store-name", "--zone",
                        "--terminal", "--credentials"), Set.of()), out);
                case "report" -> report(options(args, Set.of("--office", "--store", "--day"), Set.of("--csv", "--chain")),
                        out);
                default -> throw new BadInput("unknown \"" + args.get(0) + "\"\n" + USAGE);
            };
        } catch (BadInput e) {
            err.println("office: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (OfficeAdmin.RegistrationRefusedException e) {
            err.println("office register: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (SQLException e) {
            LOG.error("office {} failed", args.get(0), e);
            err.println("office " + args.get(0) + ": the office database failed: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }

    private int register(Map<String, String> options, PrintStream out)
            throws BadInput, SQLException, OfficeAdmin.RegistrationRefusedException {
        OfficeAdmin admin = admin(options);
        String store = required(options, "--store");
        String terminal = required(options, "--terminal");
        Path file = Path.of(required(options, "--credentials"));
        if (file.toFile().exists()) {
            throw new BadInput(file + " exists already; it is kept. Remove it or name another file.");
        }
        admin.migrate();
        OfficeCredentials credentials = admin.register(store, options.get("--store-name"),
                options.getOrDefault("--zone", "UTC"), terminal);
        try {
            credentials.write(file);
        } catch (IOException e) {
            // The role is made; its password is lost with this file. Registering again needs the role dropped.
            throw new BadInput("terminal " + terminal + " is registered, but its login could not be written to " + file
                    + " (" + e.getMessage() + "). Drop the role \"" + credentials.user() + "\" and its row in"
                    + " office.terminals, then register again.");
        }
        out.println("Registered terminal " + terminal + " of store " + store + "; its login is in " + file
                + " (mode 0640). Copy it to the terminal, readable by the group tillpoint only, and name it in"
                + " terminal.json: \"office\": {\"url\": \"" + admin.url() + "\", \"credentials\": \"<its path>\"}.");
        return CashierCommand.OK;
    }

    private int report(Map<String, String> options, PrintStream out) throws BadInput, SQLException {
        OfficeAdmin admin = admin(options);
        boolean chain = options.containsKey("--chain");
        if (chain && options.containsKey("--store")) {
            throw new BadInput("--store and --chain exclude each other: one store's day, or the whole chain's");
        }
        if (!chain && !options.containsKey("--store")) {
            throw new BadInput("report needs --store S (one store's day) or --chain (every store's)\n" + USAGE);
        }
        LocalDate day;
        try {
            day = LocalDate.parse(required(options, "--day"));
        } catch (DateTimeParseException e) {
            throw new BadInput("--day needs a date such as 2026-11-25, not \"" + options.get("--day") + "\"");
        }
        if (chain) {
            return chainReport(admin, day, options.containsKey("--csv"), out);
        }
        String store = required(options, "--store");
        try (Connection connection = admin.connect()) {
            Optional<DayReport> report = DayReport.read(connection, store, day);
            if (report.isEmpty()) {
                throw new BadInput("the office has no store \"" + store + "\"");
            }
            if (options.containsKey("--csv")) {
                for (String line : report.get().csvLines()) {
                    out.print(line + "\r\n");
                }
            } else {
                out.print(report.get().table());
            }
            out.flush();
        }
        return CashierCommand.OK;
    }

    private static int chainReport(OfficeAdmin admin, LocalDate day, boolean csv, PrintStream out)
            throws BadInput, SQLException {
        try (Connection connection = admin.connect()) {
            Optional<ChainReport> report = ChainReport.read(connection, day);
            if (report.isEmpty()) {
                throw new BadInput("the office has no store yet: register a terminal first (office register)");
            }
            if (csv) {
                for (String line : report.get().csvLines()) {
                    out.print(line + "\r\n");
                }
            } else {
                out.print(report.get().table());
            }
            out.flush();
        }
        return CashierCommand.OK;
    }

    private static OfficeAdmin admin(Map<String, String> options) throws BadInput {
        Path file = Path.of(required(options, "--office"));
        try {
            return OfficeAdmin.read(file);
        } catch (IOException e) {
            throw new BadInput("cannot read the office login " + file + ": " + e.getMessage());
        }
    }

    private static String required(Map<String, String> options, String name) throws BadInput {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new BadInput(name + " is missing\n" + USAGE);
        }
        return value;
    }

    private static Map<String, String> options(List<String> args, Set<String> valued, Set<String> flags)
            throws BadInput {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.size(); i++) {
            String option = args.get(i);
            if (flags.contains(option)) {
                options.put(option, "");
            } else if (valued.contains(option) && i + 1 < args.size()) {
                options.put(option, args.get(++i));
            } else {
                throw new BadInput("unexpected \"" + option + "\"\n" + USAGE);
            }
        }
        return options;
    }
}
