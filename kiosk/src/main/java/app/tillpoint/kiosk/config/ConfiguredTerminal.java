package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.devices.DevicesConfig;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** The {@link TerminalInfo} that plugins see, taken from the loaded {@link TerminalConfig}. Immutable; never blocks. */
public final class ConfiguredTerminal implements TerminalInfo {

    private final TerminalConfig config;
    private final List<Denomination> denominations;
    private final TerminalPolicy policy;

    public ConfiguredTerminal(TerminalConfig config) {
        this.config = config;
        // Resolved once: denominations() is called on the event thread for every counter.
        this.denominations = config.denominations();
        this.policy = config.policy().toTerminalPolicy();
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

    @Override
    public TerminalPolicy policy() {
        return policy;
    }

    /** The whole policy section, PIN rules included, which plugins do not see. */
    public TerminalConfig.Policy configPolicy() {
        return config.policy();
    }

    public DevicesConfig devices() {
        return config.devices();
    }

    public TerminalConfig config() {
        return config;
    }

    @Override
    public StoreDetails store() {
        return config.store();
    }

    @Override
    public String toString() {
        return "ConfiguredTerminal[" + config.id() + " \"" + config.name() + "\" " + config.currency() + "]";
    }
}
