package app.tillpoint.api.terminal;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.PaymentMethod;
import app.tillpoint.api.sale.TaxRule;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** This till as configured: its name, currency, denominations, locale and time zone. Never blocks. */
public interface TerminalInfo {

    /**
     * The terminal's name, e.g. "CHN LS Terminal 01".
     *
     * @return the name, as the dashboard and the register header show it
     */
    String name();

    /**
     * The currency this till sells and counts in.
     *
     * @return the currency; every amount of the terminal is in it
     */
    Currency currency();

    /**
     * The bills and coins of the currency, largest first.
     *
     * @return the denominations, never empty
     */
    List<Denomination> denominations();

    /**
     * The locale in which money, dates and texts are shown to the cashier.
     *
     * @return the locale, e.g. en-IN
     */
    Locale locale();

    /**
     * The time zone of the store, in which times and dates are shown and "today" is decided.
     *
     * @return the zone, e.g. Asia/Kolkata
     */
    ZoneId zone();

    /**
     * The store's rules for this till: closing difference, blind close, cash-out limit, reasons.
     *
     * @return the policy, as configured
     */
    TerminalPolicy policy();

    /**
     * How this till works out taxes: whether its prices include them, and where the tax is rounded.
     *
     * @return the rule as configured; {@link TaxRule#DEFAULT} (included, per line) when the terminal sets none
     * @since 1.3
     */
    default TaxRule taxRule() {
        return TaxRule.DEFAULT;
    }

    /**
     * How this store's scales write weight and price barcodes: which prefixes, how many item digits, what the value
     * holds ({@link ScaleBarcode#read}).
     *
     * @return the rules as configured, the first that fits a code reads it; empty when the store weighs nothing
     * @since 1.4
     */
    default List<ScaleBarcode.Rule> scaleBarcodes() {
        return List.of();
    }

    /**
     * An amount as the cashier reads it here: {@link Money#format} in this terminal's locale.
     *
     * @param money the amount
     * @return e.g. "₹1,340.00"
     */
    default String format(Money money) {
        return money.format(locale());
    }

    /**
     * The shop as its receipts name it. The default, for a {@code TerminalInfo} written against 1.2, is the terminal's
     * name without address or tax id.
     *
     * @return the configured store's name, address and tax id
     * @since 1.3
     */
    default StoreDetails store() {
        return new StoreDetails(name(), List.of(), "");
    }

    /**
     * Nothing, in this terminal's currency.
     *
     * @return zero of {@link #currency()}
     */
    default Money zero() {
        return Money.zero(currency());
    }

    /**
     * An empty count over this terminal's denominations.
     *
     * @return a count with every quantity zero: where the counter starts
     */
    default CashCount emptyCount() {
        return CashCount.empty(denominations());
    }

    /**
     * The ways a customer may pay at this till, in the order the register offers them: cash first, then the card
     * terminal, UPI and others as {@code terminal.json} lists them. The default, for a {@code TerminalInfo} written
     * against 1.3, is cash alone.
     *
     * @return the methods, cash first, each name once
     * @since 1.4
     */
    default List<PaymentMethod> paymentMethods() {
        return List.of(PaymentMethod.CASH);
    }
}
