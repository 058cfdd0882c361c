package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestBadgeScans;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.core.GenericTypeMatcher;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class LockPanelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, true);
    private static final Cashier BADGE_ONLY = new Cashier(3, "Asha", Role.CASHIER, false);

    private FrameFixture window;
    private TestBadgeScans badges;
    private Recorder recorder;
    private LockPanel panel;


    @BeforeEach
    void showPanel(TestWindow testWindow) {
        badges = GuiActionRunner.execute(TestBadgeScans::new);
        recorder = new Recorder();
        window = testWindow.show(() -> {
            panel = new LockPanel(badges, ZONE, Locale.forLanguageTag("en-IN"), false, recorder);
            return panel;
        }, new Dimension(1024, 768));
        GuiActionRunner.execute(() -> panel.activate("New Session"));
    }

    @Test
    void showsThePurposeAndTheScanPromptAndTakesBadges() {
        window.label(Names.LOCK_PURPOSE).requireText("New Session");
        window.label(Names.LOCK_SCAN_PROMPT).requireText("Scan your badge");
        window.button(Names.LOCK_SELECT_CASHIER).requireVisible();
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isEqualTo(1);

        GuiActionRunner.execute(() -> badges.scan("B-100"));

        assertThat(recorder.badges).containsExactly("B-100");
    }

    @Test
    void sixtyCashierTilesScrollAndEachIsReachableByName() {
        List<Cashier> cashiers = LongStream.rangeClosed(1, 60)
                .mapToObj(id -> new Cashier(id, "Cashier " + id, id % 10 == 0 ? Role.HEAD_CASHIER : Role.CASHIER,
                        true))
                .toList();
        GuiActionRunner.execute(() -> panel.showCashiers(cashiers));

        JButton last = window.button(Names.lockCashier(60)).target();
        JScrollPane scroll = (JScrollPane) SwingUtilities.getAncestorOfClass(JScrollPane.class, last);
        assertThat(GuiActionRunner.execute(() -> scroll.getViewport().getViewRect().intersects(last.getBounds())))
                .as("the last tile needs scrolling").isFalse();
        assertThat(tileText(Names.lockCashier(10))).contains("Cashier 10", "Head cashier");
        assertThat(tileText(Names.lockCashier(11))).contains("Cashier 11", "Cashier");

        for (Cashier cashier : cashiers) {
            JButton tile = window.button(Names.lockCashier(cashier.id())).target();
            GuiActionRunner.execute(() -> tile.scrollRectToVisible(new Rectangle(tile.getSize())));
            assertThat(tile.getWidth()).isGreaterThanOrEqualTo(48);
            assertThat(tile.getHeight()).isGreaterThanOrEqualTo(48);
            window.button(Names.lockCashier(cashier.id())).click();
        }

        assertThat(recorder.chosen).containsExactlyElementsOf(cashiers);
    }

    @Test
    void aTileAloneProvesNothingSoACashierWithoutAPinIsToldToScanTheirBadge() {
        Cashier badgeOnly = new Cashier(3, "Asha", Role.CASHIER, false);
        Cashier withPin = new Cashier(2, "Ravi", Role.CASHIER, true);
        GuiActionRunner.execute(() -> panel.showCashiers(List.of(badgeOnly, withPin)));

        JButton asha = window.button(Names.lockCashier(badgeOnly.id())).target();
        assertThat(tileText(Names.lockCashier(badgeOnly.id()))).contains("Asha", "Scan your badge");
        assertThat(GuiActionRunner.execute(asha::isEnabled)).as("a tap on Asha's tile signs nobody in").isFalse();
        window.robot().click(asha);
        window.button(Names.lockCashier(withPin.id())).click();

        assertThat(recorder.chosen).containsExactly(withPin);
    }

    @Test
    void theTerminalMayLetABadgeOnlyCashierPickTheirTileThenScan() {
        LockPanel lenient = GuiActionRunner.execute(() -> new LockPanel(badges, ZONE, Locale.forLanguageTag("en-IN"),
                true, recorder));
        GuiActionRunner.execute(() -> {
            panel.deactivate();
            ((JFrame) window.target()).setContentPane(lenient);
            window.target().validate();
            lenient.activate("New Session");
            lenient.showCashiers(List.of(BADGE_ONLY));
        });
        window.button(Names.lockCashier(BADGE_ONLY.id())).click();
        assertThat(recorder.chosen).containsExactly(BADGE_ONLY);

        GuiActionRunner.execute(() -> lenient.showScanFor(BADGE_ONLY));
        window.label(Names.LOCK_SCAN_PROMPT).requireText("Asha, scan your badge");
        GuiActionRunner.execute(() -> badges.scan("1001"));
        assertThat(recorder.badges).containsExactly("1001");
    }

    @Test
    void pinEntryTakesDigitsOnlyAndIsClearedAfterUse() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));
        window.label(Names.LOCK_SCAN_PROMPT).requireText("Asha, enter your PIN");
        assertThat(window.robot().finder().findAll(window.target(), new GenericTypeMatcher<>(JButton.class, true) {
            @Override
            protected boolean isMatching(JButton button) {
                return Names.KEYPAD_DOT.equals(button.getName());
            }
        })).as("no decimal point on the PIN keypad").isEmpty();

        window.button(Names.keypadDigit(1)).click();
        window.button(Names.keypadDigit(2)).click();
        window.button(Names.keypadDigit(3)).click();
        window.textBox(Names.LOCK_PIN).enterText("4a.5-");
        assertThat(pinText()).isEqualTo("12345");

        window.button(Names.KEYPAD_OK).click();

        assertThat(recorder.pins).containsExactly("Asha:12345");
        assertThat(pinText()).isEmpty();
    }

    @Test
    void anEmptyPinIsNotSent() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));

        window.button(Names.KEYPAD_OK).click();

        assertThat(recorder.pins).isEmpty();
        window.label(Names.LOCK_MESSAGE).requireText("Enter your PIN");
    }

    @Test
    void theBadgeSubscriptionIsClosedWhileThePinIsEntered() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isZero();

        window.button(Names.keypadDigit(4)).click();
        window.button(Names.keypadDigit(2)).click();
        GuiActionRunner.execute(() -> badges.lateScan("4242"));
        assertThat(recorder.badges).as("nothing read as a badge during PIN entry").isEmpty();

        GuiActionRunner.execute(() -> panel.showScan());
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isEqualTo(1);
        assertThat(pinText()).as("the PIN typed is forgotten").isEmpty();

        GuiActionRunner.execute(() -> panel.deactivate());
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isZero();
    }

    @Test
    void aWrongPinAsksAgainWithTheAttemptsLeft() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));

        GuiActionRunner.execute(() -> panel.showRefused(new PinCheck(PinCheck.Outcome.WRONG, 3, Optional.empty())));

        window.label(Names.LOCK_MESSAGE).requireText("Wrong PIN: 3 attempts left");
        window.textBox(Names.LOCK_PIN).requireVisible().requireEmpty();
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isZero();
    }

    @Test
    void aLockOutGoesBackToTheBadgeWithTheTimeItEnds() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));
        var until = LocalDateTime.of(2026, 11, 26, 10, 30).atZone(ZONE).toInstant();

        GuiActionRunner.execute(() -> panel.showRefused(
                new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(until))));

        window.label(Names.LOCK_MESSAGE).requireText("Locked out until 10:30");
        window.label(Names.LOCK_SCAN_PROMPT).requireText("Scan your badge");
        assertThat(GuiActionRunner.execute(() -> badges.listeners())).isEqualTo(1);
    }

    @Test
    void anUnknownBadgeIsSaidPlainly() {
        GuiActionRunner.execute(() -> panel.showMessage("Badge not recognised"));

        window.label(Names.LOCK_MESSAGE).requireText("Badge not recognised");
    }

    @Test
    void cancelIsReported() {
        window.button(Names.LOCK_CANCEL).click();
        window.button(Names.LOCK_SELECT_CASHIER).click();

        assertThat(recorder.cancels).isEqualTo(1);
        assertThat(recorder.selects).isEqualTo(1);
    }

    @Test
    void fitsTheSmallestScreenWithTouchSizedButtons() {
        GuiActionRunner.execute(() -> panel.showPinEntry(ASHA));

        for (String name : List.of(Names.LOCK_CANCEL, Names.LOCK_SELECT_CASHIER, Names.KEYPAD_OK,
                Names.keypadDigit(0))) {
            JButton button = window.button(name).target();
            assertThat(button.getWidth()).as(name).isGreaterThanOrEqualTo(48);
            assertThat(button.getHeight()).as(name).isGreaterThanOrEqualTo(48);
            Rectangle bounds = GuiActionRunner.execute(() ->
                    SwingUtilities.convertRectangle(button.getParent(), button.getBounds(), panel));
            assertThat(panel.getBounds().contains(bounds)).as(name + " inside 1024x768").isTrue();
        }
        assertThat(GuiActionRunner.execute(() -> panel.getPreferredSize().height)).isLessThanOrEqualTo(768);
    }

    /** What a tile says, as a screen reader hears it: its name and the line under it. */
    private String tileText(String name) {
        JButton tile = window.button(name).target();
        return GuiActionRunner.execute(() -> tile.getAccessibleContext().getAccessibleName());
    }

    private String pinText() {
        // Found whether showing or not: after the PIN entry the field is hidden, and must be empty.
        JPasswordField field = window.robot().finder().findByName(window.target(), Names.LOCK_PIN, JPasswordField.class,
                false);
        return GuiActionRunner.execute(() -> new String(field.getPassword()));
    }

    /** Remembers what the cashier did. Event thread. */
    private static final class Recorder implements LockPanel.Listener {
        final List<String> badges = new ArrayList<>();
        final List<Cashier> chosen = new ArrayList<>();
        final List<String> pins = new ArrayList<>();
        int cancels;
        int selects;

        @Override
        public void badgeScanned(String code) {
            badges.add(code);
        }

        @Override
        public void selectCashierTapped() {
            selects++;
        }

        @Override
        public void cashierChosen(Cashier cashier) {
            chosen.add(cashier);
        }

        @Override
        public void pinEntered(Cashier cashier, char[] pin) {
            pins.add(cashier.name() + ":" + new String(pin));
            java.util.Arrays.fill(pin, (char) 0);
        }

        @Override
        public void cancelled() {
            cancels++;
        }
    }
}
