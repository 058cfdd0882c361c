package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.config.ConfiguredTerminal;
import app.tillpoint.kiosk.config.OfficeTerms;
import app.tillpoint.kiosk.store.SqlMasterData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Objects;

/**
 * The back office's denominations and policy in the running terminal: checked before a pull stores them (terms this
 * terminal cannot use refuse the whole pull, and the terminal goes on with what it had), used from the moment the
 * pull committed, and used again at the next start from what the terminal stored, online or not.
 */
public final class TerminalTerms {
    private static final Logger LOG = LoggerFactory.getLogger(TerminalTerms.class);

    private final ConfiguredTerminal terminal;

    public TerminalTerms(ConfiguredTerminal terminal) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
    }

    /**
     * What the terminal would use under {@code terms}.
     *
     * @throws OfficeTerms.RefusedException naming each field it cannot use
     */
    public OfficeTerms.Effective check(SqlMasterData.Terms terms) throws OfficeTerms.RefusedException {
        return OfficeTerms.of(terminal.config(), terms.denominations(), terms.storePolicy(), terms.terminalPolicy());
    }

    /** From now on, {@code effective}. */
    public void use(OfficeTerms.Effective effective) {
        terminal.useOfficeTerms(effective);
        LOG.info("The office's terms are in force: {} denominations, policy {}", effective.denominations().size(),
                effective.policy());
    }

    /**
     * At start, before the services are made: the terms the office last sent, if it sent any. Stored terms that no
     * longer read (terminal.json changed its currency) are logged, and the file's are kept.
     */
    public void useStored(SqlMasterData store) {
        SqlMasterData.Terms terms = store.terms();
        if (terms.isEmpty()) {
            return;
        }
        try {
            use(check(terms));
        } catch (OfficeTerms.RefusedException | IllegalArgumentException e) {
            LOG.error("The office's stored terms are not used; terminal.json's are: {}", e.getMessage());
        }
    }
}
