package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator.Request;
import app.tillpoint.api.cashier.BadgeCheck;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.awt.Dimension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.rupees;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock screen answers only with an identification the host issued after checking a badge or a PIN: walked with
 * a stand-in of the host's cashier checks. Nobody is identified by tapping a tile.
 */
@GuiTest
class LockScreenIdentifiesTest {
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);
    private static final Cashier RAVI = new Cashier(2, "Ravi", Role.CASHIER, true);

    private TestWindow testWindow;
    private FrameFixture window;


    @BeforeEach
    void setUp(TestWindow testWindow) {
        this.testWindow = testWindow;
    }

    /** The host's checks as a test stand-in: badges 1001 (Asha, no PIN) and 1002 (Ravi, PIN 2468). */
    private static final class HostChecks implements Cashiers {
        final List<Identification> issued = new ArrayList<>();

        @Override
        public List<Cashier> active() {
            return List.of(ASHA, RAVI);
        }

        @Override
        public Optional<Cashier> byBadge(String code) {
            return Optional.ofNullable(Map.of("1001", ASHA, "1002", RAVI).get(code));
        }

        @Override
        public BadgeCheck checkBadge(String code) {
            Optional<Cashier> cashier = byBadge(code);
            return new BadgeCheck(cashier, cashier.filter(c -> !c.hasPin()).map(this::issue));
        }

        @Override
        public boolean needsPin(Cashier cashier) {
            return cashier.hasPin();
        }

        @Override
        public PinCheck checkPin(Cashier cashier, char[] pin) {
            if (cashier.id() == RAVI.id() && Arrays.equals(pin, "2468".toCharArray())) {
                return new PinCheck(PinCheck.Outcome.ACCEPTED, 5, Optional.empty(), Optional.of(issue(RAVI)));
            }
            return new PinCheck(PinCheck.Outcome.WRONG, 4, Optional.empty());
        }

        @Override
        public Optional<Instant> lockedUntil(Cashier cashier) {
            return Optional.empty();
        }

        private Identification issue(Cashier cashier) {
            Identification identification = new Identification(cashier, cashier.hasPin()
                    ? Identification.Credential.PIN : Identification.Credential.BADGE, Instant.now(),
                    "issued-" + issued.size());
            issued.add(identification);
            return identification;
        }
    }

    private LockScreen show(TestKioskContext kiosk, List<Optional<Identification>> answers) {
        LockScreen screen = new LockScreen(kiosk);
        window = testWindow.show(() -> {
            kiosk.install(Routes.LOCK, screen);
            screen.authenticate(Request.anyCashier("New Session"), answers::add);
            return screen.component();
        }, new Dimension(1024, 768));
        return screen;
    }

    private static TestKioskContext kiosk(HostChecks checks, boolean badgeOnlyTiles) {
        return GuiActionRunner.execute(() -> new TestKioskContext().withCashiers(checks).withPolicy(
                new TerminalPolicy(rupees(0), false, rupees(5_000), List.of(), List.of(), rupees(5_000), rupees(0),
                        false, badgeOnlyTiles, Duration.ZERO)));
    }

    @Test
    void aBadgeThatIsEnoughAloneAnswersTheHostsIdentification() {
        HostChecks checks = new HostChecks();
        TestKioskContext kiosk = kiosk(checks, false);
        List<Optional<Identification>> answers = new ArrayList<>();
        show(kiosk, answers);

        GuiActionRunner.execute(() -> kiosk.badges.scan("1001"));

        assertThat(answers).containsExactly(Optional.of(checks.issued.get(0)));
    }

    @Test
    void aTileWithAPinThenThePinAnswersTheHostsIdentification() {
        HostChecks checks = new HostChecks();
        TestKioskContext kiosk = kiosk(checks, false);
        List<Optional<Identification>> answers = new ArrayList<>();
        show(kiosk, answers);

        window.button(Names.LOCK_SELECT_CASHIER).click();
        window.button(Names.lockCashier(RAVI.id())).click();
        for (char digit : "2468".toCharArray()) {
            window.button(Names.keypadDigit(digit - '0')).click();
        }
        window.button(Names.KEYPAD_OK).click();

        assertThat(answers).containsExactly(Optional.of(checks.issued.get(0)));
        assertThat(checks.issued.get(0).credential()).isEqualTo(Identification.Credential.PIN);
    }

    @Test
    void aTapOnTheTileOfACashierWithoutAPinIdentifiesNobody() {
        HostChecks checks = new HostChecks();
        TestKioskContext kiosk = kiosk(checks, false);
        List<Optional<Identification>> answers = new ArrayList<>();
        show(kiosk, answers);

        window.button(Names.LOCK_SELECT_CASHIER).click();
        window.button(Names.lockCashier(ASHA.id())).requireDisabled();
        window.robot().click(window.button(Names.lockCashier(ASHA.id())).target());

        assertThat(answers).isEmpty();
        assertThat(checks.issued).isEmpty();
    }

    @Test
    void whereAllowedATileThenTheSameCashiersBadgeIdentifiesButAnotherBadgeDoesNot() {
        HostChecks checks = new HostChecks();
        TestKioskContext kiosk = kiosk(checks, true);
        List<Optional<Identification>> answers = new ArrayList<>();
        show(kiosk, answers);

        window.button(Names.LOCK_SELECT_CASHIER).click();
        window.button(Names.lockCashier(ASHA.id())).click();
        window.label(Names.LOCK_SCAN_PROMPT).requireText("Asha, scan your badge");

        GuiActionRunner.execute(() -> kiosk.badges.scan("1002"));
        window.label(Names.LOCK_MESSAGE).requireText("That is not Asha's badge");
        assertThat(answers).isEmpty();

        GuiActionRunner.execute(() -> kiosk.badges.scan("1001"));
        assertThat(answers).hasSize(1);
        assertThat(answers.get(0).orElseThrow().cashier()).isEqualTo(ASHA);
    }
}
