package app.tillpoint.kiosk;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The launcher's command line: options first, then an optional subcommand ({@code cashier …}, {@code devices}).
 *
 * @param dataDir      the terminal's data folder (database, configuration, logs, retailer plugins)
 * @param configFile   the terminal's JSON configuration; default {@code <dataDir>/terminal.json}
 * @param pluginsDir   the bundled plugins; default the {@code plugins} folder beside the kiosk jar
 * @param windowed     a normal window instead of the full-screen kiosk (development)
 * @param size         the window's size, if given (not AWT's Dimension: the launcher loads no AWT before the window)
 * @param startupProbe print the milliseconds from the process's start to the first painted dashboard, then exit
 * @param demo         a fresh data folder gets the demo cashiers and catalog (their badges and PINs are in the README)
 * @param command      the subcommand and its arguments; empty to start the kiosk
 * @param configGiven  whether {@code --config} named the configuration (a file named must exist for the commands)
 */
public record LaunchOptions(Path dataDir, Path configFile, Path pluginsDir, boolean windowed,
                            Optional<WindowSize> size, boolean startupProbe, boolean demo, List<String> command,
                            boolean configGiven) {

    public static final String USAGE = """
            Usage: tillpoint [options] [command]
              --data-dir DIR     the terminal's data folder (default: %s)
              --config FILE      the terminal configuration (default: DIR/terminal.json)
              --plugins-dir DIR  the bundled plugins (default: the plugins folder beside the kiosk)
              --windowed         a window instead of the full-screen kiosk
              --size WxH         the window size, e.g. 1024x768
              --startup-probe    print milliseconds from start to the first painted dashboard, then exit
              --demo             a fresh data folder gets the demo cashiers and catalog (never on a real till)
            Commands:
              cashier list | add | disable | badge | pin   manage cashiers (cashier --help)
              catalog import FILE | list                   replace the catalog from CSV or JSON; show it
              report [--session N] [--csv FILE]            the session report as CSV
              audit verify                                 check that nobody changed the audit
              devices [--config FILE]                      check the badge reader and the cash drawer
              plugins list | trust FILE                    the retailer's plugins; let the kiosk load FILE
              config init                                  write the demo terminal's configuration if there is none
              office register | report                     the back office, on the manager's machine (office --help)
            cashier, catalog, devices, plugins and config are for the terminal's administrators.
            """;

    /**
     * Reads the command line.
     *
     * @throws IllegalArgumentException with a message for the person at the command line
     */
    public static LaunchOptions parse(String[] args, Path defaultDataDir, Path defaultPluginsDir) {
        Path dataDir = defaultDataDir;
        Path config = null;
        Path plugins = defaultPluginsDir;
        boolean windowed = false;
        boolean probe = false;
        boolean demo = false;
        Optional<WindowSize> size = Optional.empty();
        int i = 0;
        for (; i < args.length && args[i].startsWith("--"); i++) {
            String option = args[i];
            switch (option) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, option));
                case "--config" -> config = Path.of(value(args, ++i, option));
                case "--plugins-dir" -> plugins = Path.of(value(args, ++i, option));
                case "--windowed" -> windowed = true;
                case "--startup-probe" -> probe = true;
                case "--demo" -> demo = true;
                case "--size" -> size = Optional.of(parseSize(value(args, ++i, option)));
                case "--help" -> throw new IllegalArgumentException("");
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        List<String> command = new ArrayList<>(List.of(args).subList(i, args.length));
        Path configFile = config != null ? config : dataDir.resolve("terminal.json");
        return new LaunchOptions(dataDir, configFile, plugins, windowed, size, probe, demo, List.copyOf(command),
                config != null);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static WindowSize parseSize(String text) {
        String[] parts = text.split("x");
        try {
            if (parts.length == 2) {
                int width = Integer.parseInt(parts[0]);
                int height = Integer.parseInt(parts[1]);
                if (width >= 640 && height >= 480 && width <= 10_000 && height <= 10_000) {
                    return new WindowSize(width, height);
                }
            }
        } catch (NumberFormatException e) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("--size takes WIDTHxHEIGHT of at least 640x480, e.g. 1024x768, not " + text);
    }

    /** A window size in pixels, from {@code --size WIDTHxHEIGHT}. */
    public record WindowSize(int width, int height) {
    }
}
