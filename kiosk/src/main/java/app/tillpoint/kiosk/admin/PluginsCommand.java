package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.store.Database;
import app.tillpoint.kiosk.store.SqlAudit;
import app.tillpoint.kiosk.store.StoreException;
import app.tillpoint.kiosk.trust.PluginTrust;
import app.tillpoint.kiosk.trust.TrustedPlugins;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The launcher's {@code plugins} subcommand, for administrators: lists the retailer's plugins in the data folder's
 * {@code plugins} folder, trusted or not, and trusts one, so that the kiosk loads it from its next start. Exit codes: 0
 * done, 1 the folder could not be written, 2 bad input.
 *
 * <pre>
 * plugins list
 * plugins trust FILE
 * </pre>
 */
public final class PluginsCommand {
    private static final Logger LOG = LoggerFactory.getLogger(PluginsCommand.class);
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] plugins COMMAND
              plugins list          the plugins in DIR/plugins: trusted or not, with their SHA-256
              plugins trust FILE    lets the kiosk load FILE (.jar, .zip or plugin folder) from its next start: copies
                                    it into DIR/plugins if it is elsewhere and lists its SHA-256 there""";

    private final Clock clock;

    public PluginsCommand() {
        this(Clock.systemUTC());
    }

    public PluginsCommand(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code plugins args…} on the retailer's plugins folder of {@code dataDir}.
     *
     * @return {@link CashierCommand#OK}, {@link CashierCommand#FAILED} or {@link CashierCommand#BAD_INPUT}
     */
    public int run(List<String> args, Path dataDir, PrintStream out, PrintStream err) {
        Path folder = dataDir.resolve("plugins");
        if (args.size() == 1 && List.of("help", "--help", "-h").contains(args.get(0))) {
            out.println(USAGE);
            return CashierCommand.OK;
        }
        if (args.size() == 1 && args.get(0).equals("list")) {
            list(folder, out);
            return CashierCommand.OK;
        }
        if (args.size() != 2 || !args.get(0).equals("trust")) {
            err.println("plugins: expected \"plugins list\" or \"plugins trust FILE\"\n" + USAGE);
            return CashierCommand.BAD_INPUT;
        }
        Path plugin = Path.of(args.get(1));
        if (!Files.exists(plugin)) {
            err.println("plugins: there is no " + plugin.toAbsolutePath());
            return CashierCommand.BAD_INPUT;
        }
        try {
            Files.createDirectories(folder);
            PluginTrust.Trusted trusted = PluginTrust.trust(folder, plugin);
            out.println("Trusted " + trusted.installed().getFileName() + ", SHA-256 " + trusted.sha256()
                    + (trusted.copied() ? ", copied into " + folder : "")
                    + ". The kiosk loads it from its next start.");
            audit(dataDir, "plugin.trusted", trusted.installed().getFileName() + " SHA-256 " + trusted.sha256()
                    + " by " + System.getProperty("user.name"));
            return CashierCommand.OK;
        } catch (IllegalArgumentException e) {
            err.println("plugins: " + e.getMessage());
            return CashierCommand.BAD_INPUT;
        } catch (IOException e) {
            LOG.error("plugins trust {} failed", plugin, e);
            err.println("plugins: " + plugin + " was not trusted: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }

    private static void list(Path folder, PrintStream out) {
        List<TrustedPlugins.Plugin> plugins = TrustedPlugins.list(folder);
        if (plugins.isEmpty()) {
            out.println("No plugins in " + folder + ". Add one with: plugins trust FILE");
            return;
        }
        for (TrustedPlugins.Plugin plugin : plugins) {
            out.printf("%-9s  %-64s  %s%n", plugin.trusted() ? "trusted" : "untrusted",
                    plugin.sha256().isEmpty() ? "-" : plugin.sha256(), plugin.name());
            if (!plugin.trusted()) {
                out.println("           " + plugin.problem());
            }
        }
    }

    /** Records the change in the terminal's audit, when the terminal has a database (a new one is not made for it). */
    private void audit(Path dataDir, String event, String detail) {
        Path file = dataDir.resolve(Database.FILE_NAME);
        if (Files.exists(file)) {
            try (Database database = Database.open(file); SqlAudit audit = new SqlAudit(database, clock)) {
                audit.record(event, detail);
            } catch (StoreException e) {
                LOG.warn("The audit could not record {}: {}", detail, e.getMessage());
            }
        }
    }
}
