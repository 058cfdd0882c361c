package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.RAVI;
import static app.tillpoint.api.testing.TestTerminal.bill;
import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class ClosingFlowTest {
    private final TestKioskContext kiosk = ClosingShift.kiosk();


    private void click(String name) {
        GuiActionRunner.execute(() -> ((AbstractButton) kiosk.lastOverlay().find(name)).doClick());
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            Component component = kiosk.lastOverlay().find(name);
            return component instanceof JLabel label ? label.getText() : ((JTextComponent) component).getText();
        });
    }

    private void fromTheDashboard() {
        kiosk.atTill = Optional.empty();
        GuiActionRunner.execute(() -> new CloseSessionAction(kiosk).perform(kiosk.current));
    }

    @Test
    void aBusyDatabaseKeepsTheCountAndTheClosingDialogAndTheSameTapsStoreThemOnce() {
        kiosk.identifying(Optional.of(ASHA)).counting(ClosingShift.exactCount());
        kiosk.countFailure = TestKioskContext.databaseFault(DatabaseFaultException.Fault.BUSY);
        fromTheDashboard();
        click(Names.CLOSING_COUNT);
        assertThat(text(Names.CLOSING_MESSAGE))
                .isEqualTo("The till's database is busy (another program holds it): the count was not stored; try again");
        assertThat(kiosk.countsRecorded).isEmpty();

        kiosk.countFailure = null;
        kiosk.closeFailure = TestKioskContext.databaseFault(DatabaseFaultException.Fault.DISK_ERROR);
        click(Names.CLOSING_COUNT);
        assertThat(kiosk.countsRecorded).hasSize(1);
        click(Names.CLOSING_CLOSE);
        assertThat(text(Names.CLOSING_MESSAGE)).isEqualTo("The till's disk could not be written (it may have been "
                + "removed): the closing was not stored; try again");
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(kiosk.closings).isEmpty();
        assertThat(kiosk.audit).anyMatch(row -> row.startsWith("session-closing.notStored"))
                .noneMatch(row -> row.startsWith("session-closing.failed"));

        kiosk.closeFailure = null;
        click(Names.CLOSING_CLOSE);
        assertThat(kiosk.closings).hasSize(1);
        assertThat(kiosk.atTill).isEmpty();
    }

    @Test
    void closeSessionIsOfferedWhileASessionIsOpen() {
        CloseSessionAction action = new CloseSessionAction(kiosk);
        assertThat(Names.DASHBOARD_ACTION_PREFIX + action.id()).isEqualTo(Names.DASHBOARD_CLOSE_SESSION);
        assertThat(action.label()).isEqualTo("Close Session");
        assertThat(action.order()).isEqualTo(300);
        assertThat(action.offeredFor(Optional.of(ClosingShift.session()))).isTrue();
        assertThat(action.offeredFor(Optional.empty())).isFalse();
        assertThat(Names.MENU_PREFIX + new CloseSessionMenuEntry(kiosk).id()).isEqualTo(Names.MENU_CLOSE_SESSION);
        assertThat(Names.MENU_PREFIX + new ReportMenuEntry(kiosk).id()).isEqualTo(Names.MENU_REPORT);
    }

    @Test
    void fromTheDashboardTheCashierIdentifiesCountsClosesAndSeesTheReport() {
        kiosk.identifying(Optional.of(ASHA)).counting(ClosingShift.exactCount());
        fromTheDashboard();
        assertThat(kiosk.identifyRequests).singleElement().satisfies(r -> {
            assertThat(r.purpose()).isEqualTo("Close Session");
            assertThat(r.roles()).contains(Role.CASHIER, Role.HEAD_CASHIER);
        });
        assertThat(kiosk.lastOverlay().content).isInstanceOf(ClosingPanel.class);
        var closingOverlay = kiosk.lastOverlay();

        click(Names.CLOSING_COUNT);
        assertThat(text(Names.CLOSING_DIFFERENCE)).isEqualTo("₹0.00");
        click(Names.CLOSING_CLOSE);

        assertThat(kiosk.closings).singleElement().satisfies(request -> {
            assertThat(request.closedBy()).isEqualTo(ASHA);
            assertThat(request.approval()).isEmpty();
        });
        assertThat(closingOverlay.isOpen()).isFalse();
        assertThat(kiosk.atTill).isEmpty();
        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.DASHBOARD, Routes.DASHBOARD);
        assertThat(kiosk.lastOverlay().content).isInstanceOf(ReportPanel.class);
        assertThat(text(Names.REPORT_TEXT)).contains("Session 12", "Counted ₹2,200.00, expected ₹2,200.00",
                "Difference ₹0.00");
        click(Names.REPORT_CLOSE);
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(kiosk.messages).isEmpty();
    }

    @Test
    void aDifferenceOverTheLimitIsApprovedByAHeadCashierRightThere() {
        // ₹2,000 counted: ₹200 short, over the ₹100 allowed.
        kiosk.approving(Optional.of(RAVI)).counting(ClosingShift.emptyInr().with(bill(500), 4));
        GuiActionRunner.execute(() -> new CloseSessionMenuEntry(kiosk).perform());
        var panel = kiosk.lastOverlay().content;
        click(Names.CLOSING_COUNT);
        click(Names.CLOSING_CLOSE);

        assertThat(kiosk.approvalRequests).singleElement().satisfies(r -> {
            assertThat(r.purpose()).isEqualTo("Approve closing difference of \u2212₹200.00 short (allowed ₹100.00)");
            assertThat(r.action()).isEqualTo(ApprovalAction.CLOSING_DIFFERENCE);
            assertThat(r.amount()).contains(rupees(-200));
            assertThat(r.askedBy()).isEqualTo(ASHA);
        });
        assertThat(kiosk.overlays.get(0).isOpen()).isFalse();
        assertThat(kiosk.lastOverlay().content).isSameAs(panel);
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(kiosk.routes).containsExactly(Routes.LOCK, Routes.REGISTER);
        assertThat(text(Names.CLOSING_MESSAGE)).contains("Approved by Ravi");
        assertThat(kiosk.closings).isEmpty();
        assertThat(kiosk.atTill).contains(ASHA);

        click(Names.CLOSING_REASON_PREFIX + 0);
        click(Names.CLOSING_CLOSE);

        assertThat(kiosk.closings).singleElement().satisfies(request -> {
            assertThat(request.closedBy()).isEqualTo(ASHA);
            assertThat(request.approval()).hasValueSatisfying(approval -> {
                assertThat(approval.approver()).isEqualTo(RAVI);
                assertThat(approval.reason()).isEqualTo("Counting error");
            });
        });
        assertThat(kiosk.atTill).isEmpty();
        assertThat(kiosk.routes).endsWith(Routes.DASHBOARD);
        assertThat(text(Names.REPORT_TEXT)).contains("Difference \u2212₹200.00 short",
                "Approved by Ravi: Counting error");
    }

    @Test
    void whenTheHeadCashierDoesNotApproveTheDialogComesBackAndNothingIsStored() {
        kiosk.approving(Optional.empty()).counting(ClosingShift.emptyInr().with(bill(500), 4));
        GuiActionRunner.execute(() -> new CloseSessionMenuEntry(kiosk).perform());
        click(Names.CLOSING_COUNT);
        click(Names.CLOSING_CLOSE);

        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
        assertThat(text(Names.CLOSING_MESSAGE)).startsWith("Not approved");
        assertThat(kiosk.closings).isEmpty();
        assertThat(kiosk.atTill).contains(ASHA);
        assertThat(GuiActionRunner.execute(() -> kiosk.lastOverlay().find(Names.CLOSING_CLOSE).isEnabled()))
                .isTrue();
    }

    @Test
    void everyCountIsRecordedAndABlindRecountNeedsAHeadCashier() {
        kiosk.withPolicy(new TerminalPolicy(rupees(100), true, rupees(5_000), List.of(), List.of("Counting error")))
                .counting(ClosingShift.emptyInr().with(bill(500), 4));
        GuiActionRunner.execute(() -> new CloseSessionMenuEntry(kiosk).perform());
        click(Names.CLOSING_COUNT);
        assertThat(kiosk.countsRecorded).singleElement()
                .satisfies(count -> assertThat(count.recount()).isEmpty());
        assertThat(text(Names.CLOSING_DIFFERENCE)).isEqualTo("\u2212₹200.00 short");

        // The difference was shown: counting again to make it vanish needs a second person.
        kiosk.counting(ClosingShift.exactCount());
        click(Names.CLOSING_COUNT);
        assertThat(kiosk.approvalRequests).singleElement()
                .satisfies(request -> assertThat(request.action()).isEqualTo(ApprovalAction.RECOUNT));
        assertThat(kiosk.countsRecorded).hasSize(1);
        assertThat(text(Names.CLOSING_MESSAGE)).startsWith("Not approved");
        assertThat(text(Names.CLOSING_DIFFERENCE)).as("the first count stands").isEqualTo("\u2212₹200.00 short");

        kiosk.approving(Optional.of(RAVI));
        click(Names.CLOSING_COUNT);
        assertThat(kiosk.countsRecorded).hasSize(2);
        assertThat(kiosk.countsRecorded.get(1).recount()).hasValueSatisfying(
                approval -> assertThat(approval.approver()).isEqualTo(RAVI));
        assertThat(text(Names.CLOSING_DIFFERENCE)).isEqualTo("₹0.00");
    }

    @Test
    void withNoOpenSessionItSaysSo() {
        kiosk.current = Optional.empty();
        GuiActionRunner.execute(() -> new CloseSessionMenuEntry(kiosk).perform());
        assertThat(kiosk.overlays).isEmpty();
        assertThat(kiosk.messages).containsExactly("No session is open on this terminal: there is nothing to close.");
    }

    @Test
    void theReportOfTheOpenSessionFromTheMenu() {
        GuiActionRunner.execute(() -> new ReportMenuEntry(kiosk).perform());
        assertThat(kiosk.lastOverlay().content).isInstanceOf(ReportPanel.class);
        assertThat(text(Names.REPORT_TEXT)).contains("Orders: 2, total ₹560.00", "Not closed yet");
        click(Names.REPORT_CLOSE);
        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
    }
}
