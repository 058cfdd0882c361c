package app.tillpoint.plugins.selling;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class CashMoveFlowTest {
    private final TestKioskContext kiosk = SellingShift.kiosk();


    private void click(String name) {
        GuiActionRunner.execute(() -> ((AbstractButton) kiosk.lastOverlay().find(name)).doClick());
    }

    private void type(String name, String text) {
        GuiActionRunner.execute(() -> ((JTextComponent) kiosk.lastOverlay().find(name)).setText(text));
    }

    private void cashOut(String amount, int reason) {
        GuiActionRunner.execute(() -> new CashOutMenuEntry(kiosk).perform());
        type(Names.CASH_MOVE_AMOUNT, amount);
        click(Names.CASH_MOVE_REASON_PREFIX + reason);
        click(Names.CASH_MOVE_CONFIRM);
    }

    @Test
    void theMenuEntriesHaveTheirNames() {
        assertThat(Names.MENU_PREFIX + new CashInMenuEntry(kiosk).id()).isEqualTo(Names.MENU_CASH_IN);
        assertThat(Names.MENU_PREFIX + new CashOutMenuEntry(kiosk).id()).isEqualTo(Names.MENU_CASH_OUT);
        assertThat(new CashInMenuEntry(kiosk).label()).isEqualTo("Cash in");
        assertThat(new CashOutMenuEntry(kiosk).label()).isEqualTo("Cash out");
    }

    @Test
    void aCashInIsStoredTheDrawerKickedAndTheRegisterShown() {
        GuiActionRunner.execute(() -> new CashInMenuEntry(kiosk).perform());
        type(Names.CASH_MOVE_AMOUNT, "500");
        click(Names.CASH_MOVE_REASON_PREFIX + 0);
        click(Names.CASH_MOVE_CONFIRM);

        assertThat(kiosk.moves).singleElement().satisfies(move -> {
            assertThat(move.cashier()).isEqualTo(ASHA);
            assertThat(move.direction()).isEqualTo(CashMove.Direction.IN);
            assertThat(move.amount()).isEqualTo(rupees(500));
            assertThat(move.reason()).isEqualTo("Change float");
            assertThat(move.approval()).isEmpty();
        });
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(kiosk.drawerKicks).isEqualTo(1);
        assertThat(kiosk.routes).containsExactly(Routes.REGISTER);
        assertThat(kiosk.identifyRequests).isEmpty();
    }

    @Test
    void aReadOnlyDatabaseKeepsTheDialogSaysSoAndTheSameTapStoresOnce() {
        kiosk.moveFailure = TestKioskContext.databaseFault(DatabaseFaultException.Fault.READ_ONLY);
        cashOut("200", 0);

        assertThat(GuiActionRunner.execute(() -> ((JLabel) kiosk.lastOverlay().find(Names.CASH_MOVE_MESSAGE))
                .getText())).isEqualTo("The till's database may not be written (its file or folder is read-only): "
                + "the cash out was not stored; try again");
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(kiosk.drawerKicks).isZero();
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("selling.cashMove.notStored"));

        kiosk.moveFailure = null;
        click(Names.CASH_MOVE_CONFIRM);
        assertThat(kiosk.moves).singleElement().satisfies(move -> assertThat(move.amount()).isEqualTo(rupees(200)));
        assertThat(kiosk.drawerKicks).isEqualTo(1);
    }

    @Test
    void aCashOutOverTheLimitIsApprovedByAHeadCashierOnTheSpot() {
        kiosk.approving(Optional.of(RAVI));
        cashOut("6000", 1);

        assertThat(kiosk.approvalRequests).singleElement().satisfies(request -> {
            assertThat(request.purpose()).isEqualTo("Approve cash out of ₹6,000.00");
            assertThat(request.action()).isEqualTo(ApprovalAction.CASH_OUT);
            assertThat(request.askedBy()).isEqualTo(ASHA);
            assertThat(request.amount()).contains(rupees(6_000));
        });
        assertThat(kiosk.moves).singleElement().satisfies(move -> {
            assertThat(move.amount()).isEqualTo(rupees(6_000));
            assertThat(move.approval()).hasValueSatisfying(approval -> {
                assertThat(approval.approver()).isEqualTo(RAVI);
                assertThat(approval.reason()).isEqualTo("Supplier paid");
            });
        });
        assertThat(kiosk.drawerKicks).isEqualTo(1);
        assertThat(kiosk.routes).endsWith(Routes.LOCK, Routes.REGISTER);
        assertThat(kiosk.atTill).contains(ASHA);
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(kiosk.messages).isEmpty();
    }

    @Test
    void aCancelledApprovalStoresNothingAndReturnsToTheRegister() {
        kiosk.approving(Optional.empty());
        cashOut("6000", 1);

        assertThat(kiosk.moves).isEmpty();
        assertThat(kiosk.drawerKicks).isZero();
        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.REGISTER);
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(kiosk.messages).singleElement().asString().contains("Not approved", "nothing was stored");
        assertThat(kiosk.atTill).contains(ASHA);
    }

    @Test
    void aCashOutWithinTheLimitNeedsNoApproval() {
        kiosk.approving(Optional.of(RAVI));
        cashOut("5000", 2);
        assertThat(kiosk.approvalRequests).isEmpty();
        assertThat(kiosk.moves).singleElement().satisfies(move -> assertThat(move.approval()).isEmpty());
    }

    @Test
    void cashOutsOfTheSessionOverItsLimitNeedApprovalThoughEachIsWithinTheLimitOfOne() {
        kiosk.summary = SessionSummary.of(kiosk.current.orElseThrow(), 40, rupees(20_000), rupees(20_000),
                rupees(0), rupees(8_000));
        cashOut("3000", 2);
        assertThat(kiosk.moves).isEmpty();
        assertThat(kiosk.approvalRequests).singleElement()
                .satisfies(request -> assertThat(request.amount()).contains(rupees(3_000)));
        assertThat(kiosk.messages).singleElement().asString().contains("Not approved");
    }

    @Test
    void aCashOutThatTakesTheDrawerBelowZeroNeedsApproval() {
        kiosk.summary = SessionSummary.of(kiosk.current.orElseThrow(), 0, rupees(0), rupees(0), rupees(0),
                rupees(0));
        kiosk.approving(Optional.of(RAVI));
        cashOut("1500", 2);
        assertThat(kiosk.approvalRequests).hasSize(1);
        assertThat(kiosk.moves).singleElement().satisfies(move -> assertThat(move.approval()).isPresent());
    }

    @Test
    void withNobodyAtTheTillNothingOpens() {
        kiosk.atTill = Optional.empty();
        GuiActionRunner.execute(() -> new CashInMenuEntry(kiosk).perform());
        assertThat(kiosk.overlays).isEmpty();
        assertThat(kiosk.messages).containsExactly("Nobody is at the till: identify first.");
    }
}
