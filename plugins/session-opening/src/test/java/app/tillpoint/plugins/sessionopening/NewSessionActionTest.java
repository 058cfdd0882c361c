package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.DatabaseFaultException;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.flow.DrawerKick;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.session.ApprovalAction;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class NewSessionActionTest {
    private final TestKioskContext ctx =
            new TestKioskContext().withDenominations(TestTerminal.emptyInr().denominations());
    private final List<CashierAuthenticator.Request> identifyRequests = new ArrayList<>();


    private TestKioskContext identifying(Optional<Cashier> who) {
        return ctx.with(CashierAuthenticator.class, new CashierAuthenticator() {
            @Override
            public void authenticate(Request request, Consumer<Optional<Identification>> done) {
                identifyRequests.add(request);
                done.accept(who.map(TestTerminal::identification));
            }
        });
    }

    private void perform() {
        GuiActionRunner.execute(() -> new NewSessionAction(ctx).perform(Optional.empty()));
    }

    private void click(String name) {
        GuiActionRunner.execute(() -> ((AbstractButton) ctx.lastOverlay().find(name)).doClick());
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> ((JTextComponent) ctx.lastOverlay().find(name)).getText());
    }

    @Test
    void isOfferedOnlyWithoutAnOpenSession() {
        NewSessionAction action = new NewSessionAction(ctx);
        assertThat(action.id()).isEqualTo("newSession");
        assertThat(Names.DASHBOARD_ACTION_PREFIX + action.id()).isEqualTo(Names.DASHBOARD_NEW_SESSION);
        assertThat(action.label()).isEqualTo("New Session");
        assertThat(action.order()).isEqualTo(100);
        assertThat(action.offeredFor(Optional.empty())).isTrue();
        assertThat(action.offeredFor(Optional.of(TestTerminal.session(1, ASHA, TestTerminal.rupees(0))))).isFalse();
    }

    @Test
    void withoutTheBadgeLoginPluginItSaysSo() {
        perform();
        assertThat(ctx.messages).containsExactly(KioskContext.NO_AUTHENTICATOR);
        assertThat(ctx.overlays).isEmpty();
    }

    @Test
    void cancelledIdentificationReturnsToTheDashboardWithNobodySignedIn() {
        identifying(Optional.empty());
        perform();
        assertThat(identifyRequests).singleElement()
                .satisfies(r -> assertThat(r.purpose()).isEqualTo("New Session"));
        assertThat(ctx.routes).containsExactly(Routes.DASHBOARD);
        assertThat(ctx.overlays).isEmpty();
        assertThat(ctx.signedIn).isEmpty();
    }

    @Test
    void openingStoresTheSessionKicksTheDrawerSignsInAndShowsTheRegister() {
        identifying(Optional.of(ASHA)).lastClosing = Optional.of(new LastClosing(TestTerminal.rupees(1_340),
                Instant.parse("2026-11-25T12:00:00Z")));
        ctx.with(CashCounter.class, (request, done) -> done.accept(Optional.of(TestTerminal.seedCount())));
        perform();
        assertThat(ctx.routes).containsExactly(Routes.DASHBOARD);
        assertThat(ctx.lastOverlay().content).isInstanceOf(OpeningControlPanel.class);
        assertThat(text(Names.OPENING_CASH)).isEqualTo("1340.00");

        click(Names.OPENING_COUNT);
        click(Names.OPENING_OPEN);

        assertThat(ctx.openings).singleElement().satisfies(request -> {
            assertThat(request.cashier()).isEqualTo(ASHA);
            assertThat(request.openingCash()).isEqualTo(TestTerminal.rupees(1_340));
            assertThat(request.count().map(CashCount::total)).contains(TestTerminal.rupees(1_340));
            assertThat(request.note()).contains("2 x ₹500.00", "Total ₹1,340.00");
        });
        assertThat(ctx.drawerKicks).isEqualTo(1);
        assertThat(ctx.audit).anyMatch(row -> row.startsWith("session-opening.drawer.kick"));
        assertThat(ctx.signedIn).containsExactly(ASHA);
        assertThat(ctx.atTill).contains(ASHA);
        assertThat(ctx.lastOverlay().isOpen()).isFalse();
        assertThat(ctx.routes).containsExactly(Routes.DASHBOARD, Routes.REGISTER);
        assertThat(ctx.messages).isEmpty();
    }

    @Test
    void aDrawerThatDoesNotOpenIsReportedAndAuditedButTheSessionIsOpen() {
        identifying(Optional.of(ASHA)).drawerFailure = new DeviceException("not connected");
        perform();
        click(Names.OPENING_OPEN);
        assertThat(ctx.openings).hasSize(1);
        assertThat(ctx.messages).containsExactly(DrawerKick.failedMessage("not connected"));
        assertThat(ctx.audit).anyMatch(row -> row.startsWith("session-opening.drawer.failed"));
        assertThat(ctx.signedIn).containsExactly(ASHA);
        assertThat(ctx.routes).endsWith(Routes.REGISTER);
    }

    @Test
    void aSessionAlreadyOpenClosesTheDialogAndShowsTheDashboard() {
        identifying(Optional.of(ASHA)).openFailure =
                new SessionAlreadyOpenException(TestTerminal.session(41, ASHA, TestTerminal.rupees(0)));
        perform();
        click(Names.OPENING_OPEN);
        assertThat(ctx.lastOverlay().isOpen()).isFalse();
        assertThat(ctx.messages).singleElement().asString().contains("41", "already open");
        assertThat(ctx.routes).containsExactly(Routes.DASHBOARD, Routes.DASHBOARD);
        assertThat(ctx.atTill).as("back at the dashboard, nobody holds the till").isEmpty();
        assertThat(ctx.drawerKicks).isZero();
    }

    @Test
    void anotherFailureKeepsTheDialogAndLetsTheCashierTryAgain() {
        identifying(Optional.of(ASHA)).openFailure = new IllegalStateException("database is locked");
        perform();
        click(Names.OPENING_OPEN);
        assertThat(ctx.messages).singleElement().asString().contains("database is locked");
        assertThat(ctx.lastOverlay().isOpen()).isTrue();
        assertThat(GuiActionRunner.execute(() -> ctx.lastOverlay().find(Names.OPENING_OPEN).isEnabled()))
                .isTrue();
        assertThat(ctx.atTill).as("the cashier who identified holds the till while the dialog is open").contains(ASHA);
        assertThat(ctx.audit).anyMatch(row -> row.startsWith("session-opening.failed"));

        ctx.openFailure = null;
        click(Names.OPENING_OPEN);
        assertThat(ctx.openings).hasSize(1);
        assertThat(ctx.signedIn).containsExactly(ASHA);
    }

    @Test
    void aFullDiskKeepsTheDialogSaysSoInItAndTheSameTapOpensOnce() {
        identifying(Optional.of(ASHA)).openFailure = TestKioskContext.databaseFault(DatabaseFaultException.Fault.FULL);
        perform();
        click(Names.OPENING_OPEN);
        assertThat(GuiActionRunner.execute(() -> ((JLabel) ctx.lastOverlay().find(Names.OPENING_MESSAGE)).getText()))
                .isEqualTo("The till's disk is full: the opening was not stored; try again");
        assertThat(ctx.messages).isEmpty();
        assertThat(ctx.lastOverlay().isOpen()).isTrue();
        assertThat(ctx.atTill).contains(ASHA);
        assertThat(ctx.audit).anyMatch(row -> row.startsWith("session-opening.notStored"))
                .noneMatch(row -> row.startsWith("session-opening.failed"));

        ctx.openFailure = null;
        click(Names.OPENING_OPEN);
        assertThat(ctx.openings).hasSize(1);
        assertThat(ctx.routes).endsWith(Routes.REGISTER);
    }

    @Test
    void cancelInTheDialogLeavesNobodySignedIn() {
        identifying(Optional.of(ASHA));
        perform();
        click(Names.OPENING_CANCEL);
        assertThat(ctx.lastOverlay().isOpen()).isFalse();
        assertThat(ctx.routes).containsExactly(Routes.DASHBOARD, Routes.DASHBOARD);
        assertThat(ctx.openings).isEmpty();
        assertThat(ctx.atTill).isEmpty();
    }

    @Test
    void anOpeningShortOfTheLastClosingCountOpensOnlyWithAHeadCashiersApproval() {
        identifying(Optional.of(ASHA)).lastClosing = Optional.of(new LastClosing(TestTerminal.rupees(1_500),
                Instant.parse("2026-11-25T12:00:00Z")));
        ctx.with(CashCounter.class, (request, done) -> done.accept(Optional.of(TestTerminal.seedCount())));
        perform();
        click(Names.OPENING_COUNT);
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JLabel) ctx.lastOverlay().find(Names.OPENING_MISMATCH))
                .getText())).contains("₹160.00 less than the last closing count of ₹1,500.00", "head cashier");

        click(Names.OPENING_OPEN);
        assertThat(ctx.openings).as("nobody approved").isEmpty();
        assertThat(ctx.approvalRequests).singleElement().satisfies(request -> {
            assertThat(request.action()).isEqualTo(ApprovalAction.OPENING_DIFFERENCE);
            assertThat(request.askedBy()).isEqualTo(ASHA);
            assertThat(request.amount()).contains(TestTerminal.rupees(1_340));
        });
        assertThat(GuiActionRunner.execute(() -> ((javax.swing.JLabel) ctx.lastOverlay().find(Names.OPENING_MESSAGE))
                .getText())).startsWith("Not approved");

        ctx.approving(Optional.of(TestTerminal.MEERA));
        click(Names.OPENING_OPEN);
        assertThat(ctx.openings).singleElement().satisfies(request -> {
            assertThat(request.approval()).isPresent();
            assertThat(request.approval().get().approver()).isEqualTo(TestTerminal.MEERA);
            assertThat(request.approval().get().reason()).contains("less than the last closing count");
        });
        assertThat(ctx.routes).endsWith(Routes.REGISTER);
    }
}
