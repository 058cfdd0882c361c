package app.tillpoint.plugins.selling;

import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.tillpoint.api.testing.TestTerminal.paise;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

class QuickAmountsTest {
    private static final List<Money> BILLS = List.of(rupees(10), rupees(20), rupees(50), rupees(100), rupees(200),
            rupees(500), rupees(2000));

    @Test
    void theExactAmountThenTheNextRoundAmountsAbove() {
        assertThat(QuickAmounts.of(paise(123_450), BILLS))
                .containsExactly(paise(123_450), rupees(1_240), rupees(1_250), rupees(1_300), rupees(1_400));
    }

    @Test
    void aSmallTotalOffersTheBillsAboveIt() {
        assertThat(QuickAmounts.of(rupees(35), BILLS))
                .containsExactly(rupees(35), rupees(40), rupees(50), rupees(100), rupees(200));
    }

    @Test
    void aRoundTotalDoesNotRepeatItself() {
        assertThat(QuickAmounts.of(rupees(500), BILLS))
                .containsExactly(rupees(500), rupees(510), rupees(520), rupees(550), rupees(600));
    }

    @Test
    void withoutBillsOnlyTheExactAmount() {
        assertThat(QuickAmounts.of(rupees(35), List.of())).containsExactly(rupees(35));
    }
}
