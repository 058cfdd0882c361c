package app.tillpoint.kiosk.config;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.devices.DevicesConfig;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * The {@link TerminalInfo} that plugins see, taken from the loaded {@link TerminalConfig}, with the back office's
 * denominations and policy laid over the file's once they came ({@link #useOfficeTerms}, from the office's thread).
 * Never blocks: each call reads the terms in force at that moment, one immutable set of them.
 */
public final class ConfiguredTerminal implements TerminalInfo {

    private final TerminalConfig config;
    private volatile Terms terms;

    /** Resolved once per change: denominations() is called on the event thread for every counter. */
    private record Terms(TerminalConfig.Policy configPolicy, TerminalPolicy policy, List<Denomination> denominations) {
    }

    public ConfiguredTerminal(TerminalConfig config) {
        this.config = config;
        this.terms = new Terms(config.policy(), config.policy().toTerminalPolicy(), config.denominations());
    }

    /**
     * From now on, the office's terms: the next counter, opening, cash move and closing use them. PIN rules already
     * held by the store take effect at the next start.
     */
    public void useOfficeTerms(OfficeTerms.Effective effective) {
        if (!effective.policy().allowedClosingDifference().currency().equals(config.currency())) {
            throw new IllegalArgumentException("The office's policy is not in " + config.currency());
        }
        terms = new Terms(effective.policy(), effective.policy().toTerminalPolicy(), effective.denominations());
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
        return terms.denominations();
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
        return terms.policy();
    }

    @Override
    public TaxRule taxRule() {
        return config.taxes();
    }

    @Override
    public List<ScaleBarcode.Rule> scaleBarcodes() {
        return config.scaleBarcodes();
    }

    @Override
    public List<PaymentMethod> paymentMethods() {
        return config.payments();
    }

    /** The whole policy section, PIN rules included, which plugins do not see. */
    public TerminalConfig.Policy configPolicy() {
        return terms.configPolicy();
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
