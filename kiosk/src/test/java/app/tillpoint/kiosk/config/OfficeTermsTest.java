package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The office's terms laid over a terminal's file: which field wins, which denominations count, what is refused. */
class OfficeTermsTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");
    private final TerminalConfig file = TerminalConfig.demo();

    private static Money rupees(long rupees) {
        return Money.ofMajor(rupees, INR);
    }

    @Test
    void theTerminalsOwnBlockWinsOverTheStoresWhichWinsOverTheFile() throws Exception {
        OfficeTerms.Effective terms = OfficeTerms.of(file, List.of(),
                Optional.of("{\"cashOutApprovalAbove\": \"100.00\", \"blindClose\": true, \"maxWrongPins\": 3}"),
                Optional.of("{\"cashOutApprovalAbove\": \"50.00\"}"));
        assertThat(terms.policy().cashOutApprovalAbove()).isEqualTo(rupees(50));
        assertThat(terms.policy().blindClose()).isTrue();
        assertThat(terms.policy().maxWrongPins()).isEqualTo(3);
        assertThat(terms.policy().lockoutSeconds()).isEqualTo(file.policy().lockoutSeconds());
        assertThat(terms.policy().cashMoveReasons()).isEqualTo(file.policy().cashMoveReasons());
        assertThat(terms.denominations()).isEqualTo(file.denominations());
    }

    @Test
    void withoutBlocksTheFilesPolicyStandsAsItIs() throws Exception {
        assertThat(OfficeTerms.of(file, List.of(), Optional.empty(), Optional.empty()).policy())
                .isEqualTo(file.policy());
        assertThat(OfficeTerms.of(file, List.of(), Optional.of("{}"), Optional.of("{\"policy\": {}}")).policy())
                .isEqualTo(file.policy());
    }

    @Test
    void theOfficesBillsAndCoinsOfTheTerminalsCurrencyReplaceItsListLargestFirst() throws Exception {
        List<Denomination> office = List.of(Denomination.coin(rupees(10)), Denomination.bill(rupees(500)),
                Denomination.bill(Money.ofMajor(50, EUR)));
        assertThat(OfficeTerms.of(file, office, Optional.empty(), Optional.empty()).denominations())
                .containsExactly(Denomination.bill(rupees(500)), Denomination.coin(rupees(10)));
        // Only another currency's: the terminal keeps its own.
        assertThat(OfficeTerms.of(file, List.of(Denomination.bill(Money.ofMajor(50, EUR))), Optional.empty(),
                Optional.empty()).denominations()).isEqualTo(file.denominations());
    }

    @Test
    void aBlockThatDoesNotReadIsRefusedWithEveryFieldNamed() {
        assertThatThrownBy(() -> OfficeTerms.of(file, List.of(), Optional.of("{\"maxWrongPins\": 0}"),
                Optional.of("{\"blindClose\": \"yes\", \"nonsense\": 1}")))
                .isInstanceOf(OfficeTerms.RefusedException.class)
                .hasMessageContaining("policy.maxWrongPins").hasMessageContaining("policy.blindClose")
                .hasMessageContaining("nonsense");
        assertThatThrownBy(() -> OfficeTerms.of(file, List.of(), Optional.of("\"strict\""), Optional.empty()))
                .isInstanceOf(OfficeTerms.RefusedException.class).hasMessageContaining("must be an object");
        assertThatThrownBy(() -> OfficeTerms.of(file, List.of(), Optional.of("{"), Optional.empty()))
                .isInstanceOf(OfficeTerms.RefusedException.class).hasMessageContaining("not JSON");
        // Amounts finer than the currency's paise.
        assertThatThrownBy(() -> OfficeTerms.checkedPolicy("{\"cashOutApprovalAbove\": \"10.005\"}", INR))
                .isInstanceOf(OfficeTerms.RefusedException.class)
                .hasMessageContaining("policy.cashOutApprovalAbove");
    }

    @Test
    void theManagersBlockIsStoredAsItWasCheckedAndTheListAsTheFileHoldsIt() throws Exception {
        assertThat(OfficeTerms.checkedPolicy("{\"policy\": {\"maxWrongPins\": 4}}", INR))
                .isEqualTo("{\"maxWrongPins\":4}");
        assertThat(OfficeTerms.checkedDenominations("[{\"value\": \"10.00\", \"kind\": \"coin\"}, {\"value\": "
                + "\"500.00\", \"kind\": \"bill\"}]", INR))
                .containsExactly(Denomination.bill(rupees(500)), Denomination.coin(rupees(10)));
        assertThatThrownBy(() -> OfficeTerms.checkedDenominations("[]", INR))
                .isInstanceOf(OfficeTerms.RefusedException.class).hasMessageContaining("at least one");
    }

    @Test
    void theTerminalUsesTheOfficesTermsFromTheMomentTheyCome() throws Exception {
        ConfiguredTerminal terminal = new ConfiguredTerminal(file);
        terminal.useOfficeTerms(OfficeTerms.of(file, List.of(Denomination.bill(rupees(100))),
                Optional.of("{\"maxWrongPins\": 3, \"idleLockSeconds\": 90}"), Optional.empty()));
        assertThat(terminal.denominations()).containsExactly(Denomination.bill(rupees(100)));
        assertThat(terminal.configPolicy().maxWrongPins()).isEqualTo(3);
        assertThat(terminal.policy().idleLock().toSeconds()).isEqualTo(90);
        assertThat(terminal.config()).isSameAs(file);
    }
}
