package app.tillpoint.kiosk.admin;

import app.tillpoint.kiosk.config.ConfigException;
import app.tillpoint.kiosk.config.ConfigLoader;
import app.tillpoint.kiosk.config.TerminalConfig;

import java.nio.file.Files;
import java.nio.file.Path;

/** The terminal an admin command works for: its configuration file, or the demo terminal if there is none yet. */
final class CommandTerminal {

    private CommandTerminal() {
    }

    /**
     * Reads {@code configFile} without writing one: the kiosk's first start writes the demo configuration and adds
     * the demo cashiers, and a command run before it must not take that first start away.
     */
    static TerminalConfig load(Path configFile) throws ConfigException {
        return Files.exists(configFile) ? new ConfigLoader().load(configFile) : TerminalConfig.demo();
    }
}
