package app.tillpoint.kiosk;

import app.tillpoint.kiosk.admin.Administrators;
import app.tillpoint.kiosk.admin.AuditCommand;
import app.tillpoint.kiosk.admin.CashierCommand;
import app.tillpoint.kiosk.admin.CatalogCommand;
import app.tillpoint.kiosk.admin.ConfigCommand;
import app.tillpoint.kiosk.admin.OfficeCommand;
import app.tillpoint.kiosk.admin.PluginsCommand;
import app.tillpoint.kiosk.admin.ReportCommand;
import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.store.NativeSqlite;
import app.tillpoint.kiosk.ui.TillpointLaf;

import javax.swing.JOptionPane;
import javax.swing.SwingUtilities;
import java.awt.GraphicsEnvironment;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.util.List;

/**
 * {@code tillpoint [options] [command]}: starts the kiosk, or runs an admin command ({@code cashier}, {@code catalog},
 * {@code report}, {@code audit}, {@code devices}, {@code plugins}, {@code config})
 * on the same data folder; those that change the terminal are for its {@link Administrators}. The only class that calls
 * {@code System.exit}.
 */
public final class Launcher {
    /** The kiosk is running; the process ends when it closes. */
    static final int RUNNING = -1;

    private Launcher() {
    }

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (code != RUNNING) {
            System.exit(code);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args, DataDirs.current(), AppFolder.bundledPlugins());
        } catch (IllegalArgumentException e) {
            if (!e.getMessage().isEmpty()) {
                err.println(e.getMessage());
            }
            err.print(LaunchOptions.USAGE.formatted(DataDirs.current()));
            return e.getMessage().isEmpty() ? 0 : 2;
        }
        NativeSqlite.loadFrom(options.dataDir());
        List<String> command = options.command();
        if (command.isEmpty()) {
            return startKiosk(options, err);
        }
        if (!Administrators.allow(command, options.dataDir(), err)) {
            return Administrators.REFUSED;
        }
        List<String> rest = command.subList(1, command.size());
        return switch (command.get(0)) {
            case "cashier" -> new CashierCommand().run(rest, options.dataDir(), out, err);
            case "devices" -> DevicesCommand.run(options, rest, out, err);
            case "catalog" -> new CatalogCommand().run(rest, options.dataDir(), options.configFile(), out, err);
            case "report" -> new ReportCommand().run(rest, options.dataDir(), options.configFile(), out, err);
            case "audit" -> new AuditCommand().run(rest, options.dataDir(), out, err);
            case "plugins" -> new PluginsCommand().run(rest, options.dataDir(), out, err);
            case "config" -> new ConfigCommand().run(rest, options.configFile(), out, err);
            case "office" -> new OfficeCommand().run(rest, out, err);
            default -> {
                err.println("Unknown command " + command.get(0));
                err.print(LaunchOptions.USAGE.formatted(DataDirs.current()));
                yield 2;
            }
        };
    }

    private static int startKiosk(LaunchOptions options, PrintStream err) {
        // The window's toolkit and look and feel start first, beside everything else the kiosk starts.
        TillpointLaf.startSoon();
        try {
            Kiosk.start(options, code -> System.exit(code));
            return RUNNING;
        } catch (ConfigException | InstanceLock.AlreadyRunningException | InstanceLock.NotWritableException e) {
            return refuse(e.getMessage(), err);
        } catch (Exception e) {
            e.printStackTrace(err);
            return refuse("Tillpoint could not start: " + e, err);
        }
    }

    /**
     * Says why the kiosk does not start: on the console, and in a window for a terminal that has no console, on the
     * event thread once the look and feel that {@link #startKiosk} began is set.
     */
    // On Java 17, which the kiosk runs on, System.console() is null exactly when no terminal is attached.
    @SuppressWarnings("SystemConsoleNull")
    private static int refuse(String message, PrintStream err) {
        err.println(message);
        if (!GraphicsEnvironment.isHeadless() && System.console() == null) {
            try {
                TillpointLaf.setupSoon().join();
                SwingUtilities.invokeAndWait(() -> JOptionPane.showMessageDialog(null, message,
                        "Tillpoint cannot start", JOptionPane.ERROR_MESSAGE));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (InvocationTargetException | RuntimeException e) {
                err.println("The message could not be shown in a window: " + e);
            }
        }
        return 1;
    }
}
