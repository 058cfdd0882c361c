package app.tillpoint.plugins.cashcounting;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Small builders of empty counts for the tests: INR's 11 denominations and EUR's 15. */
final class TestCounts {
    static final Currency INR = Currency.getInstance("INR");
    static final Currency EUR = Currency.getInstance("EUR");

    private TestCounts() {
    }

    static CashCount inr() {
        return CashCount.empty(denominations(INR, new long[] {500, 200, 100, 50, 20, 10}, new long[] {2000, 1000, 500,
            200, 100}));
    }

    static CashCount eur() {
        return CashCount.empty(denominations(EUR, new long[] {500, 200, 100, 50, 20, 10, 5}, new long[] {200, 100, 50,
            20, 10, 5, 2, 1}));
    }

    static Denomination bill(Currency currency, long major) {
        return Denomination.bill(Money.ofMajor(major, currency));
    }

    static Denomination coin(Currency currency, long minor) {
        return Denomination.coin(Money.of(minor, currency));
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
