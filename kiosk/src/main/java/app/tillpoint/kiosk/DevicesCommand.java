package app.tillpoint.kiosk;

import app.tillpoint.devices.DeviceCheck;
import app.tillpoint.devices.DevicesConfig;
import app.tillpoint.devices.javapos.VendorJars;
import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.ConfigLoader;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * {@code tillpoint devices [--config FILE]}: checks the configured badge reader and cash drawer for whoever installs
 * the terminal, with JavaPOS services from the vendor folders as the kiosk finds them. Blocks for the whole check.
 */
final class DevicesCommand {
    static final String USAGE = "Usage: tillpoint [options] devices [--config FILE]\n";
    private static final Duration BADGE_WAIT = Duration.ofSeconds(30);

    private DevicesCommand() {
    }

    /**
     * Checks every configured device and prints what it found.
     *
     * @param args what follows {@code devices}: {@code --config FILE} may stand there as well as before it
     * @return 0 when every device works, 1 when one does not or the configuration is wrong, 2 for a wrong command
     * line or a configuration file named but not there
     */
    static int run(LaunchOptions options, List<String> args, PrintStream out, PrintStream err) {
        Path config = options.configFile();
        boolean named = options.configGiven();
        for (int i = 0; i < args.size(); i++) {
            if ("--config".equals(args.get(i)) && i + 1 < args.size()) {
                config = Path.of(args.get(++i));
                named = true;
            } else {
                err.println("Unknown argument " + args.get(i));
                err.print(USAGE);
                return 2;
            }
        }
        DevicesConfig devices;
        if (Files.notExists(config)) {
            if (named) {
                // Checking the demo devices instead would pass, and say nothing of the devices meant.
                err.println("No configuration at " + config + ": nothing was checked.");
                return 2;
            }
            out.println("No configuration at " + config + ": checking the demo devices.");
            devices = DevicesConfig.demo();
        } else {
            try {
                devices = new ConfigLoader().load(config).devices();
            } catch (ConfigException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        VendorJars.use(AppFolder.javaPosVendorFolders(options.dataDir()));
        try {
            return new DeviceCheck(devices, out, System.in, BADGE_WAIT).run() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("The check was interrupted.");
            return 1;
        }
    }
}
