package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.devices.DevicesConfig;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The {@link TerminalInfo} that plugins see, taken from the loaded {@link TerminalConfig}. Immutable; never blocks. */
public final class ConfiguredTerminal implements TerminalInfo {

    private final TerminalConfig config;
    private final List<Denomination> denominations;

    public ConfiguredTerminal(TerminalConfig config) {
        this.config = config;
        // Resolved once: denominations() is called on the event thread for every counter.
        this.denominations = config.denominations();
    }

    /** The terminal's stable id ("T01"). */
    public String id() {
        return config.id();
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public Currency currency() {
        return config.currency();
    }

    @Override
    public List<Denomination> denominations() {
        return denominations;
    }

    @Override
    public Locale locale() {
        return config.locale();
    }

    @Override
    public ZoneId zone() {
        return config.zone();
    }

    public TerminalConfig.Policy policy() {
        return config.policy();
    }

    public DevicesConfig devices() {
        return config.devices();
    }

    public TerminalConfig config() {
        return config;
    }

    @Override
    public String toString() {
        return "ConfiguredTerminal[" + config.id() + " \"" + config.name() + "\" " + config.currency() + "]";
    }
}
