package app.tillpoint.api.testing;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Small builders shared by the plugins' tests: an Indian terminal's money, counts, cashiers and sessions. */
public final class TestTerminal {
    public static final Currency INR = Currency.getInstance("INR");
    public static final Currency EUR = Currency.getInstance("EUR");
    public static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    public static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    public static final Cashier ASHA = new Cashier(7, "Asha", Role.CASHIER, false);
    public static final Cashier RAVI = new Cashier(9, "Ravi", Role.HEAD_CASHIER, true);
    /** A second head cashier, to approve what Ravi asks for: an approval takes two people. */
    public static final Cashier MEERA = new Cashier(11, "Meera", Role.HEAD_CASHIER, true);
    /** When the test sessions opened. */
    public static final Instant OPENED = Instant.parse("2026-11-26T03:44:00Z");

    private TestTerminal() {
    }

    public static Money rupees(long major) {
        return Money.ofMajor(major, INR);
    }

    public static Money paise(long minor) {
        return Money.of(minor, INR);
    }

    /** An INR bill of {@code major} rupees. */
    public static Denomination bill(long major) {
        return bill(INR, major);
    }

    public static Denomination bill(Currency currency, long major) {
        return Denomination.bill(Money.ofMajor(major, currency));
    }

    /** A coin of {@code minor} units (paise, cents). */
    public static Denomination coin(Currency currency, long minor) {
        return Denomination.coin(Money.of(minor, currency));
    }

    /** INR's 11 denominations, empty: bills ₹500 to ₹10, coins ₹20 to ₹1. */
    public static CashCount emptyInr() {
        return CashCount.empty(denominations(INR, new long[] {500, 200, 100, 50, 20, 10},
                new long[] {2000, 1000, 500, 200, 100}));
    }

    /** INR's 12 denominations with the ₹2,000 bill, empty. */
    public static CashCount emptyInrWithTwoThousand() {
        return CashCount.empty(denominations(INR, new long[] {2000, 500, 200, 100, 50, 20, 10},
                new long[] {2000, 1000, 500, 200, 100}));
    }

    /** EUR's 15 denominations, empty: bills €500 to €5, coins €2 to 1 cent. */
    public static CashCount emptyEur() {
        return CashCount.empty(denominations(EUR, new long[] {500, 200, 100, 50, 20, 10, 5},
                new long[] {200, 100, 50, 20, 10, 5, 2, 1}));
    }

    /** 2 x ₹500, 3 x ₹100, 4 x ₹10 (bills): ₹1,340.00, as in the seed. */
    public static CashCount seedCount() {
        return emptyInr().with(bill(500), 2).with(bill(100), 3).with(bill(10), 4);
    }

    /** An identification of {@code cashier}, as the host issues one after a PIN; its token is made up. */
    public static Identification identification(Cashier cashier) {
        return new Identification(cashier, Identification.Credential.PIN, OPENED, "test-" + cashier.id());
    }

    /** An open session opened by {@code cashier} with {@code openingCash} and no count. */
    public static Session session(long id, Cashier cashier, Money openingCash) {
        return new Session(id, SessionState.OPEN, OPENED, cashier, openingCash, Optional.empty(), "",
                Optional.empty(), Optional.empty());
    }

    private static List<Denomination> denominations(Currency currency, long[] billsMajor, long[] coinsMinor) {
        List<Denomination> list = new ArrayList<>();
        for (long major : billsMajor) {
            list.add(bill(currency, major));
        }
        for (long minor : coinsMinor) {
            list.add(coin(currency, minor));
        }
        return list;
    }
}
