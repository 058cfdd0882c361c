package app.tillpoint.kiosk.admin;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.kiosk.admin.OfficeCommand.BadInput;
import app.tillpoint.kiosk.config.OfficeTerms;
import app.tillpoint.kiosk.office.MasterDataAdmin;
import app.tillpoint.kiosk.office.OfficeAdmin;
import app.tillpoint.kiosk.office.StoreTermsAdmin;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code office policy …} and {@code office denominations …}: a store's terms, read from files in
 * {@code terminal.json}'s own formats and checked by the terminal's own readers before anything is written, so a
 * block the office holds is one every terminal of the store can use.
 */
final class OfficeTermsCommand {

    private OfficeTermsCommand() {
    }

    static int policy(List<String> args, PrintStream out)
            throws BadInput, SQLException, MasterDataAdmin.RefusedException {
        String command = args.size() > 1 ? args.get(1) : "";
        switch (command) {
            case "set" -> {
                Map<String, String> options = OfficeCommand.options(withoutFile(args, "office policy set --office FILE"
                        + " --store S [--terminal T] --currency CUR POLICY.json"), Set.of("--office", "--store",
                        "--terminal", "--currency"), Set.of());
                String json;
                try {
                    json = OfficeTerms.checkedPolicy(read(args), OfficeCommand.currency(options));
                } catch (OfficeTerms.RefusedException e) {
                    throw new BadInput(String.join("\n", e.problems()) + "\nNothing was changed.");
                }
                String store = OfficeCommand.required(options, "--store");
                Optional<String> terminal = Optional.ofNullable(options.get("--terminal"));
                boolean changed = admin(options).setPolicy(store, terminal, json);
                String whose = terminal.map(id -> "terminal " + id + "'s own policy").orElse("the policy of store "
                        + store);
                out.println(changed ? "Set " + whose + ": " + json + ". The store's terminals use it within seconds of"
                        + " being online (PIN rules and the idle lock from their next start)." : whose + " was already "
                        + json + "; nothing was changed.");
                return CashierCommand.OK;
            }
            case "show" -> {
                Map<String, String> options = OfficeCommand.options(args.subList(1, args.size()),
                        Set.of("--office", "--store"), Set.of());
                List<StoreTermsAdmin.PolicyBlock> blocks = admin(options)
                        .policies(OfficeCommand.required(options, "--store"));
                if (blocks.isEmpty()) {
                    out.println("The store has no policy in the office: each terminal uses its terminal.json's.");
                }
                for (StoreTermsAdmin.PolicyBlock block : blocks) {
                    out.println(String.format("%-10s %s", block.terminal().orElse("(store)"), block.json()));
                }
                return CashierCommand.OK;
            }
            default -> throw new BadInput("expected office policy set|show\n" + OfficeCommand.USAGE);
        }
    }

    static int denominations(List<String> args, PrintStream out)
            throws BadInput, SQLException, MasterDataAdmin.RefusedException {
        String command = args.size() > 1 ? args.get(1) : "";
        switch (command) {
            case "set" -> {
                Map<String, String> options = OfficeCommand.options(withoutFile(args, "office denominations set"
                        + " --office FILE --store S --currency CUR LIST.json"), Set.of("--office", "--store",
                        "--currency"), Set.of());
                Currency currency = OfficeCommand.currency(options);
                List<Denomination> denominations;
                try {
                    denominations = OfficeTerms.checkedDenominations(read(args), currency);
                } catch (OfficeTerms.RefusedException e) {
                    throw new BadInput(String.join("\n", e.problems()) + "\nNothing was changed.");
                }
                String store = OfficeCommand.required(options, "--store");
                StoreTermsAdmin.Replaced replaced = admin(options).setDenominations(store, currency, denominations);
                out.println("Store " + store + " counts " + currency + " in " + denominations.size() + " bills and"
                        + " coins (" + replaced.added() + " new, " + replaced.kept() + " as they were, "
                        + replaced.withdrawn() + " taken off). Its terminals count with them within seconds of being"
                        + " online.");
                return CashierCommand.OK;
            }
            case "show" -> {
                Map<String, String> options = OfficeCommand.options(args.subList(1, args.size()),
                        Set.of("--office", "--store"), Set.of());
                List<StoreTermsAdmin.StoreDenomination> held = admin(options)
                        .denominations(OfficeCommand.required(options, "--store"));
                if (held.isEmpty()) {
                    out.println("The store has no denominations in the office: each terminal uses its own.");
                }
                for (StoreTermsAdmin.StoreDenomination row : held) {
                    Denomination denomination = row.denomination();
                    out.println(String.format("%-4s %12s %-5s %s", denomination.value().currency(),
                            denomination.value().toPlainString(),
                            denomination.kind().name().toLowerCase(Locale.ROOT), row.active() ? "" : "taken off")
                            .stripTrailing());
                }
                return CashierCommand.OK;
            }
            default -> throw new BadInput("expected office denominations set|show\n" + OfficeCommand.USAGE);
        }
    }

    /** The options of {@code set}: its arguments without the file, which comes last. */
    private static List<String> withoutFile(List<String> args, String expected) throws BadInput {
        if (args.size() < 3 || args.get(args.size() - 1).startsWith("--")) {
            throw new BadInput("expected " + expected + "\n" + OfficeCommand.USAGE);
        }
        return args.subList(1, args.size() - 1);
    }

    private static String read(List<String> args) throws BadInput {
        Path file = Path.of(args.get(args.size() - 1));
        try {
            if (!Files.isRegularFile(file)) {
                throw new IOException("there is no such file");
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput("cannot read " + file + ": " + e.getMessage() + ". Nothing was changed.");
        }
    }

    /** The store's terms, the office's schema brought up to date first. */
    private static StoreTermsAdmin admin(Map<String, String> options) throws BadInput, SQLException {
        OfficeAdmin office = OfficeCommand.admin(options);
        office.migrate();
        return new StoreTermsAdmin(office);
    }
}
