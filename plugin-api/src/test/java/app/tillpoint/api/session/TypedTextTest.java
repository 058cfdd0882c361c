package app.tillpoint.api.session;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reasons and notes typed at the till stay text: no character that reorders what follows, no control characters. */
class TypedTextTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);
    private static final Money RUPEES_500 = Money.ofMajor(500, INR);
    private static final CashCount COUNT = CashCount.empty(List.of(Denomination.bill(RUPEES_500)));

    @Test
    void aCashMoveReasonIsOneLineWithoutOverrides() {
        assertThat(move("Supplier <paid> \u200F").reason()).isEqualTo("Supplier <paid> \u200F");

        assertThatThrownBy(() -> move("Supplier paid \u202E005")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reason holds a character that changes the writing direction (U+202E)");
        assertThatThrownBy(() -> move("Supplier\npaid")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The reason holds a control character (a line break or tab)");
    }

    @Test
    void openingAndClosingNotesKeepTheirLinesButNoOverridesOrOtherControls() {
        String lines = "2 x ₹500 bill\nTotal\t₹1,000.00";
        assertThat(new OpeningRequest(ASHA, RUPEES_500, Optional.empty(), lines).note()).isEqualTo(lines);
        assertThat(new ClosingRequest(ASHA, COUNT, lines, Optional.empty()).note()).isEqualTo(lines);

        assertThatThrownBy(() -> new OpeningRequest(ASHA, RUPEES_500, Optional.empty(), "Float \u2067ok"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The note holds a character that changes the writing direction (U+2067)");
        assertThatThrownBy(() -> new ClosingRequest(ASHA, COUNT, "Short\u0008", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The note holds a control character (U+0008)");
    }

    private static CashMoveRequest move(String reason) {
        return new CashMoveRequest(ASHA, CashMove.Direction.OUT, RUPEES_500, reason, Optional.empty());
    }
}
