package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Small builders for the tests: an INR terminal's empty count, its denominations, a cashier. */
final class TestTerminal {
    static final Currency INR = Currency.getInstance("INR");
    static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    static final Cashier ASHA = new Cashier(7, "Asha", Role.CASHIER, false);

    private TestTerminal() {
    }

    static CashCount emptyInr() {
        List<Denomination> list = new ArrayList<>();
        for (long major : new long[] {500, 200, 100, 50, 20, 10}) {
            list.add(bill(major));
        }
        for (long major : new long[] {20, 10, 5, 2, 1}) {
            list.add(Denomination.coin(Money.ofMajor(major, INR)));
        }
        return CashCount.empty(list);
    }

    static Denomination bill(long major) {
        return Denomination.bill(Money.ofMajor(major, INR));
    }

    static Money rupees(long major) {
        return Money.ofMajor(major, INR);
    }

    /** 2 x ₹500, 3 x ₹100, 4 x ₹10 (bills): ₹1,340.00, as in the seed. */
    static CashCount seedCount() {
        return emptyInr().with(bill(500), 2).with(bill(100), 3).with(bill(10), 4);
    }
}
