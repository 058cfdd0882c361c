package app.tillpoint.kiosk;

import app.tillpoint.devices.DeviceCheck;
import app.tillpoint.devices.DevicesConfig;
import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.ConfigLoader;

import java.io.PrintStream;
import java.nio.file.Files;
import java.time.Duration;

/** {@code tillpoint devices}: checks the configured badge reader and cash drawer for whoever installs the terminal. */
final class DevicesCommand {
    private static final Duration BADGE_WAIT = Duration.ofSeconds(30);

    private DevicesCommand() {
    }

    static int run(LaunchOptions options, PrintStream out, PrintStream err) {
        DevicesConfig devices;
        if (Files.notExists(options.configFile())) {
            out.println("No configuration at " + options.configFile() + ": checking the demo devices.");
            devices = DevicesConfig.demo();
        } else {
            try {
                devices = new ConfigLoader().load(options.configFile()).devices();
            } catch (ConfigException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
        try {
            return new DeviceCheck(devices, out, System.in, BADGE_WAIT).run() ? 0 : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("The check was interrupted.");
            return 1;
        }
    }
}
