package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.devices.DevicesConfig;
import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TerminalConfigTest {

    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");

    @Test
    void theDemoIsAnInrTerminalInChennai() {
        TerminalConfig demo = TerminalConfig.demo();

        assertThat(demo.id()).isEqualTo("T01");
        assertThat(demo.name()).isEqualTo("CHN LS Terminal 01");
        assertThat(demo.customDenominations()).isEmpty();
        assertThat(demo.denominations()).isEqualTo(BuiltInDenominations.of(INR));
        assertThat(demo.devices()).isEqualTo(DevicesConfig.demo());
        assertThat(demo.policy()).isEqualTo(TerminalConfig.Policy.demo(INR));
        assertThat(demo.policy().cashOutApprovalAbove()).as("in the terminal's currency").isEqualTo(
                Money.ofMajor(5_000, INR));
        assertThat(demo.policy().cashOutSessionLimit()).isEqualTo(Money.ofMajor(10_000, INR));
        assertThat(demo.policy().idleLockSeconds()).isEqualTo(120);
    }

    @Test
    void refusesDenominationsOfAnotherCurrency() {
        assertThatThrownBy(() -> terminal(INR, List.of(Denomination.bill(Money.ofMajor(5, EUR)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADenominationListedTwice() {
        Denomination coin = Denomination.coin(Money.ofMajor(2, INR));

        assertThatThrownBy(() -> terminal(INR, List.of(coin, coin))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACurrencyWithoutBuiltInSetAndWithoutList() {
        assertThatThrownBy(() -> terminal(Currency.getInstance("JPY"), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JPY");
    }

    @Test
    void policyRefusesValuesOutOfRange() {
        Money zero = Money.zero(INR);
        assertThatThrownBy(() -> policy(0, 60, 3600, zero)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(21, 60, 3600, zero)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(5, 0, 3600, zero)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(5, 3601, 3600, zero)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy(5, 120, 60, zero)).hasMessageContaining("maxLockoutSeconds");
        assertThatThrownBy(() -> policy(5, 60, 3600, Money.of(-1, INR))).isInstanceOf(IllegalArgumentException.class);
    }

    private static TerminalConfig.Policy policy(int maxWrongPins, int lockout, int maxLockout, Money allowed) {
        return new TerminalConfig.Policy(true, maxWrongPins, lockout, maxLockout, 20, allowed, false, allowed, allowed,
                allowed, false, false, 120, TerminalConfig.Policy.DEFAULT_CASH_MOVE_REASONS,
                TerminalConfig.Policy.DEFAULT_CLOSING_REASONS);
    }

    @Test
    void customDenominationsAreKeptAsListedAndGivenLargestFirst() {
        Denomination ten = Denomination.coin(Money.ofMajor(10, INR));
        Denomination fiveHundred = Denomination.bill(Money.ofMajor(500, INR));

        TerminalConfig config = terminal(INR, List.of(ten, fiveHundred));

        assertThat(config.customDenominations()).containsExactly(ten, fiveHundred);
        assertThat(config.denominations()).containsExactly(fiveHundred, ten);
    }

    private static TerminalConfig terminal(Currency currency, List<Denomination> denominations) {
        return new TerminalConfig("T09", "Test till", currency, Locale.forLanguageTag("en-IN"),
                ZoneId.of("Asia/Kolkata"), denominations, DevicesConfig.demo(), TerminalConfig.Policy.defaults(currency));
    }
}
