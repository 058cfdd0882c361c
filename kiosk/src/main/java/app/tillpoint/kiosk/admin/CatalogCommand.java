package app.tillpoint.kiosk.admin;

import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.TerminalConfig;
import app.tillpoint.kiosk.store.CatalogImport;
import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.SqlCatalog;
import app.tillpoint.kiosk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The launcher's {@code catalog} subcommand: imports the products of a CSV or JSON file, replacing the catalog, or
 * lists the products on sale. Exit codes: 0 done, 1 the database failed, 2 bad input (every bad line is named).
 *
 * <pre>
 * catalog import FILE.csv|FILE.json
 * catalog list
 * </pre>
 */
public final class CatalogCommand {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogCommand.class);
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] catalog COMMAND
              catalog import FILE     replaces the catalog with the products of FILE (.csv or .json, UTF-8);
                                      products not in FILE are taken off sale; all or nothing
              catalog list            the products on sale, by category, with their barcodes""";

    private final Clock clock;

    public CatalogCommand() {
        this(Clock.systemUTC());
    }

    public CatalogCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code catalog args…} on the database in {@code dataDir} for the terminal of {@code configFile}.
     *
     * @return {@link CashierCommand#OK}, {@link CashierCommand#FAILED} or {@link CashierCommand#BAD_INPUT}
     */
    public int run(List<String> args, Path dataDir, Path configFile, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return CashierCommand.BAD_INPUT;
        }
        String command = args.get(0);
        if (List.of("help", "--help", "-h").contains(command)) {
            out.println(USAGE);
            return CashierCommand.OK;
        }
        boolean importing = command.equals("import") && args.size() == 2;
        if (!importing && !(command.equals("list") && args.size() == 1)) {
            err.println("catalog: expected \"catalog import FILE\" or \"catalog list\"\n" + USAGE);
            return CashierCommand.BAD_INPUT;
        }
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (!importing && !Files.exists(file)) {
            err.println("catalog: there is no Tillpoint database at " + file.toAbsolutePath() + "; check --data-dir");
            return CashierCommand.BAD_INPUT;
        }
        try {
            TerminalConfig terminal = CommandTerminal.load(configFile);
            List<CatalogImport.Entry> entries = importing ? read(Path.of(args.get(1)), terminal) : List.of();
            try (Database database = Database.open(file)) {
                SqlCatalog catalog = new SqlCatalog(database, terminal.currency(), clock);
                if (importing) {
                    SqlCatalog.Imported imported = catalog.replace(entries, Path.of(args.get(1)).getFileName()
                            .toString());
                    out.println("Imported " + imported.listed() + " products (" + imported.added() + " new, "
                            + imported.updated() + " kept); " + imported.withdrawn() + " off sale.");
                } else {
                    list(catalog, terminal, out);
                }
            }
            return CashierCommand.OK;
        } catch (ConfigException e) {
            err.println("catalog: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (CatalogImport.InvalidCatalogException | IllegalArgumentException e) {
            // IllegalArgumentException: the office manages this terminal's catalog.
            err.println("catalog: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (IOException e) {
            err.println("catalog: cannot read " + args.get(1) + ": " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (StoreException e) {
            LOG.error("catalog {} failed on {}", command, file, e);
            err.println("catalog: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }

    private static List<CatalogImport.Entry> read(Path source, TerminalConfig terminal)
            throws IOException, CatalogImport.InvalidCatalogException {
        if (!Files.isRegularFile(source)) {
            throw new IOException("there is no such file");
        }
        return new CatalogImport(terminal.currency()).read(source);
    }

    private static void list(SqlCatalog catalog, TerminalConfig terminal, PrintStream out) {
        List<Product> products = catalog.products();
        if (products.isEmpty()) {
            out.println("No products on sale. Import some with: catalog import FILE.csv");
            return;
        }
        Map<Long, List<Barcode>> barcodes = catalog.barcodes();
        String category = null;
        for (Product product : products) {
            if (!product.category().equals(category)) {
                category = product.category();
                out.println(category);
            }
            out.printf("  %5d  %-40s %12s%n", product.id(), product.name(),
                    product.price().format(terminal.locale()));
            List<Barcode> codes = barcodes.getOrDefault(product.id(), List.of());
            if (!codes.isEmpty()) {
                out.println("         " + codes.stream().map(Barcode::toString).collect(Collectors.joining(" ")));
            }
        }
    }
}
