package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The launcher's {@code config} subcommand, for administrators: {@code config init} writes the demo terminal's
 * configuration where there is none yet. The Linux package runs it as root when it installs, so that the configuration
 * belongs to the administrators from the start, not to the till user whose kiosk would otherwise write it. Exit codes:
 * 0 done (or already there), 1 it could not be written, 2 bad input.
 */
public final class ConfigCommand {
    static final String USAGE = """
            Usage: tillpoint [--data-dir DIR] [--config FILE] config init
              config init    writes the demo terminal's configuration to FILE (default DIR/terminal.json), with the
                             on-screen keyboard on, if there is none; an existing file is left as it is""";

    /** Runs {@code config args…} for the configuration file {@code configFile}. */
    public int run(List<String> args, Path configFile, PrintStream out, PrintStream err) {
        if (args.size() == 1 && List.of("help", "--help", "-h").contains(args.get(0))) {
            out.println(USAGE);
            return CashierCommand.OK;
        }
        if (!args.equals(List.of("init"))) {
            err.println("config: expected \"config init\"\n" + USAGE);
            return CashierCommand.BAD_INPUT;
        }
        if (Files.exists(configFile)) {
            out.println("The configuration " + configFile + " is already there; nothing was changed.");
            return CashierCommand.OK;
        }
        try {
            // An installed terminal is a touch screen without a physical keyboard: text is typed on the screen.
            TerminalConfig terminal = new ConfigLoader().load(configFile,
                    TerminalConfig.demo().withKeyboard(TerminalConfig.Keyboard.INSTALLED));
            out.println("Wrote the demo terminal " + terminal.id() + " \"" + terminal.name() + "\" to " + configFile
                    + ". Edit it, then restart the kiosk.");
            return CashierCommand.OK;
        } catch (ConfigException e) {
            err.println("config: " + e.getMessage());
            return CashierCommand.FAILED;
        }
    }
}
