package app.tillpoint.kiosk.admin;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.kiosk.office.ChainReport;
import app.tillpoint.kiosk.office.DayReport;
import app.tillpoint.kiosk.office.MasterDataAdmin;
import app.tillpoint.kiosk.office.OfficeAdmin;
import app.tillpoint.kiosk.office.OfficeCredentials;
import app.tillpoint.kiosk.office.StoreBadgeKeys;
import app.tillpoint.kiosk.store.CatalogImport;
import app.tillpoint.kiosk.store.ProductPictures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The launcher's {@code office} subcommand, on the manager's machine: registers a terminal in the office database
 * (its store made if new, its login role, its credentials file) and reports a store's or the chain's day. Its wall is the office's
 * own login ({@code --office FILE}, the owner's url, user and password), not the terminal's data folder: it changes
 * nothing on the machine it runs on but the credentials file it writes (and a store's badge key, made with the
 * store). It also manages each store's cashiers, catalog, denominations and policy ({@link OfficeTermsCommand}), which
 * the store's terminals pull. Exit codes: 0 done,
 * 1 the office failed, 2 bad input or refused.
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
                   tillpoint office cashier add --office FILE --store S --name NAME --role CASHIER|HEAD_CASHIER
                                                [--badge CODE] [--pin DIGITS]
                   tillpoint office cashier disable --office FILE --store S --id ID
                   tillpoint office cashier list --office FILE --store S
                     the store's cashiers, on every terminal of it within seconds (hashes only in the office)
                   tillpoint office catalog import --office FILE --store S --currency CUR [--images DIR]
                                                   CATALOG.csv|json
                     replaces the store's catalog (checked as catalog import checks it; products left out are
                     taken off sale); the pictures its image column names are read from DIR (the images
                     folder beside the catalog when not given): PNG, JPEG or GIF, at most 512 KB each
                   tillpoint office policy set --office FILE --store S [--terminal T] --currency CUR POLICY.json
                     the store's policy, or terminal T's own, as terminal.json's "policy" block (checked as
                     the file is); a terminal lays its own over the store's, over its file's, field by field,
                     within seconds of being online (PIN rules and the idle lock from its next start)
                   tillpoint office policy show --office FILE --store S
                   tillpoint office denominations set --office FILE --store S --currency CUR LIST.json
                     the store's bills and coins of CUR, as terminal.json's "denominations" list; the others of
                     CUR are taken off; the store's terminals of CUR count with them
                   tillpoint office denominations show --office FILE --store S
                   tillpoint office report --office FILE --chain --day YYYY-MM-DD [--csv]
                     the chain's day (each store's own, in its time zone): per store and terminal, sessions,
                     opening, cash sales, cash in and out, expected, counted, difference; the differences by
                     cashier across the chain; as a table, or as CSV
              FILE holds the office owner's login: url=jdbc:postgresql://HOST:5432/office?sslmode=verify-full,
              user=..., password=... (keep it readable by you only). The stores' badge keys are kept in the
              folder FILE.keys beside it (mode 0700; one file a store, 0600): back it up with FILE.""";

    static final class BadInput extends Exception {
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
                case "cashier" -> cashier(args, out);
                case "catalog" -> catalog(args, out);
                case "policy" -> OfficeTermsCommand.policy(args, out);
                case "denominations" -> OfficeTermsCommand.denominations(args, out);
                default -> throw new BadInput("unknown \"" + args.get(0) + "\"\n" + USAGE);
            };
        } catch (BadInput e) {
            err.println("office: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (OfficeAdmin.RegistrationRefusedException e) {
            err.println("office register: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (MasterDataAdmin.RefusedException e) {
            err.println("office " + args.get(0) + ": " + e.getMessage());
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
                options.getOrDefault("--zone", "UTC"), terminal, Optional.of(badgeKey(options, store)));
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

    private static String badgeKey(Map<String, String> options, String store) throws BadInput {
        try {
            return StoreBadgeKeys.beside(Path.of(required(options, "--office"))).keyOf(store);
        } catch (IOException e) {
            throw new BadInput("the badge key of store " + store + ": " + e.getMessage() + ". Nothing was changed.");
        }
    }

    /** The store's master data, the office's schema brought up to date first (it may predate them). */
    private static MasterDataAdmin masterData(Map<String, String> options) throws BadInput, SQLException {
        OfficeAdmin admin = admin(options);
        admin.migrate();
        return new MasterDataAdmin(admin, StoreBadgeKeys.beside(Path.of(required(options, "--office"))));
    }

    private static int cashier(List<String> args, PrintStream out)
            throws BadInput, SQLException, MasterDataAdmin.RefusedException {
        String command = args.size() > 1 ? args.get(1) : "";
        List<String> rest = args.subList(Math.min(1, args.size()), args.size());
        switch (command) {
            case "add" -> {
                Map<String, String> options = options(rest, Set.of("--office", "--store", "--name", "--role",
                        "--badge", "--pin"), Set.of());
                MasterDataAdmin admin = masterData(options);
                MasterDataAdmin.OfficeCashier added;
                try {
                    added = admin.addCashier(required(options, "--store"), required(options, "--name"),
                            role(required(options, "--role")), Optional.ofNullable(options.get("--badge")),
                            Optional.ofNullable(options.get("--pin")));
                } catch (IOException e) {
                    throw new BadInput("the store's badge key: " + e.getMessage() + ". Nothing was changed.");
                }
                out.println("Added " + describe(added) + (added.hasBadge() ? " with a badge" : "")
                        + (added.hasPin() ? " and a PIN" : "") + " to store " + options.get("--store")
                        + "; every terminal of the store has them within seconds of being online.");
                if (added.role() == Role.HEAD_CASHIER && !added.hasPin()) {
                    out.println("Note: head cashiers need a PIN to identify.");
                }
            }
            case "disable" -> {
                Map<String, String> options = options(rest, Set.of("--office", "--store", "--id"), Set.of());
                long id;
                try {
                    id = Long.parseLong(required(options, "--id").strip());
                } catch (NumberFormatException e) {
                    throw new BadInput("\"" + options.get("--id") + "\" is not a cashier id; see the ID column of:"
                            + " office cashier list");
                }
                MasterDataAdmin.OfficeCashier disabled = masterData(options)
                        .disableCashier(required(options, "--store"), id);
                out.println("Disabled " + describe(disabled) + " in store " + options.get("--store")
                        + "; every terminal of the store refuses them from its next sync.");
            }
            case "list" -> {
                Map<String, String> options = options(rest, Set.of("--office", "--store"), Set.of());
                List<MasterDataAdmin.OfficeCashier> cashiers = masterData(options)
                        .cashiers(required(options, "--store"));
                out.println(String.format("%-6s %-30s %-13s %-9s %-5s %s", "ID", "NAME", "ROLE", "STATUS", "BADGE",
                        "PIN"));
                for (MasterDataAdmin.OfficeCashier cashier : cashiers) {
                    out.println(String.format("%-6d %-30s %-13s %-9s %-5s %s", cashier.id(), cashier.name(),
                            cashier.role(), cashier.active() ? "active" : "disabled", cashier.hasBadge() ? "yes" : "no",
                            cashier.hasPin() ? "yes" : "no").stripTrailing());
                }
            }
            default -> throw new BadInput("expected office cashier add|disable|list\n" + USAGE);
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

    private static int catalog(List<String> args, PrintStream out)
            throws BadInput, SQLException, MasterDataAdmin.RefusedException {
        if (args.size() < 3 || !args.get(1).equals("import") || args.get(args.size() - 1).startsWith("--")) {
            throw new BadInput("expected office catalog import --office FILE --store S --currency CUR CATALOG\n"
                    + USAGE);
        }
        Map<String, String> options = options(args.subList(1, args.size() - 1), Set.of("--office", "--store",
                "--currency", "--images"), Set.of());
        MasterDataAdmin admin = masterData(options);
        String store = required(options, "--store");
        Currency currency = currency(options);
        Path file = Path.of(args.get(args.size() - 1));
        List<CatalogImport.Entry> entries;
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("there is no such file");
            }
            entries = new CatalogImport(currency).read(file);
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage());
        } catch (CatalogImport.InvalidCatalogException e) {
            throw new BadInput(e.getMessage());
        }
        Path folder = Optional.ofNullable(options.get("--images")).map(Path::of)
                .orElse(file.toAbsolutePath().getParent().resolve("images"));
        Map<String, byte[]> pictures = pictures(entries, folder);
        MasterDataAdmin.Imported imported = admin.importCatalog(store, entries, pictures);
        out.println("Imported " + entries.size() + " products into store " + store + " (" + imported.added()
                + " new, " + imported.changed() + " changed, " + imported.unchanged() + " as they were); "
                + imported.withdrawn() + " taken off sale. Every terminal of the store has it within seconds of"
                + " being online.");
        return CashierCommand.OK;
    }

    /** The pictures {@code entries} name, read from {@code folder}; every problem at once, before anything changed. */
    private static Map<String, byte[]> pictures(List<CatalogImport.Entry> entries, Path folder) throws BadInput {
        Map<String, byte[]> pictures = new HashMap<>();
        List<String> problems = new java.util.ArrayList<>();
        for (CatalogImport.Entry entry : entries) {
            String name = entry.image();
            if (name == null || pictures.containsKey(name)) {
                continue;
            }
            try {
                pictures.put(name, ProductPictures.read(folder, name));
            } catch (IllegalArgumentException e) {
                problems.add("line " + entry.line() + ": " + e.getMessage());
            } catch (IOException e) {
                problems.add("line " + entry.line() + ": image \"" + name + "\" cannot be read: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInput("the catalog's pictures were refused; nothing was changed:\n  "
                    + String.join("\n  ", problems));
        }
        return pictures;
    }

    private static Role role(String text) throws BadInput {
        try {
            return Role.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("unknown role \"" + text + "\"; use CASHIER or HEAD_CASHIER");
        }
    }

    private static String describe(MasterDataAdmin.OfficeCashier cashier) {
        return cashier.name() + " (id " + cashier.id() + ", " + cashier.role() + ")";
    }

    static OfficeAdmin admin(Map<String, String> options) throws BadInput {
        Path file = Path.of(required(options, "--office"));
        try {
            return OfficeAdmin.read(file);
        } catch (IOException e) {
            throw new BadInput("cannot read the office login " + file + ": " + e.getMessage());
        }
    }

    static Currency currency(Map<String, String> options) throws BadInput {
        try {
            return Currency.getInstance(required(options, "--currency").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadInput("\"" + options.get("--currency") + "\" is not a currency code such as INR");
        }
    }

    static String required(Map<String, String> options, String name) throws BadInput {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new BadInput(name + " is missing\n" + USAGE);
        }
        return value;
    }

    static Map<String, String> options(List<String> args, Set<String> valued, Set<String> flags)
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
