package app.tillpoint.api.terminal;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** This till as configured: its name, currency, denominations, locale and time zone. Never blocks. */
public interface TerminalInfo {

    /** The terminal's name, e.g. "CHN LS Terminal 01". */
    String name();

    Currency currency();

    /** The bills and coins of the currency, largest first. */
    List<Denomination> denominations();

    /** The locale in which money, dates and texts are shown to the cashier. */
    Locale locale();

    ZoneId zone();

    /** The store's rules for this till: closing difference, blind close, cash-out limit, reasons. */
    TerminalPolicy policy();

    default String format(Money money) {
        return money.format(locale());
    }

    default Money zero() {
        return Money.zero(currency());
    }

    /** An empty count over this terminal's denominations. */
    default CashCount emptyCount() {
        return CashCount.empty(denominations());
    }
}
