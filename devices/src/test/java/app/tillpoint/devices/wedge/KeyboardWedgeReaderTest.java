package app.tillpoint.devices.wedge;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.Reads;
import app.tillpoint.devices.RecordingListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The keyboard wedge in a real window: synthetic key events, posted to the event queue as the toolkit posts real ones,
 * at the timings of a badge reader (about 10 ms a key) and of a person (well over 100 ms a key). Needs a display
 * (Xvfb in CI).
 */
class KeyboardWedgeReaderTest {
    private JFrame frame;
    private JTextField field;
    private Keypad keypad;
    private final AtomicInteger actions = new AtomicInteger();
    private final RecordingListener listener = new RecordingListener();
    private KeyboardWedgeReader reader;

    @BeforeAll
    static void needsADisplay() {
        if (GraphicsEnvironment.isHeadless()) {
            fail("The keyboard wedge test needs a display: run it under Xvfb with DISPLAY set");
        }
    }

    @BeforeEach
    void showAField() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            frame = new JFrame("wedge test");
            field = new JTextField(20);
            field.setName(Names.LOCK_PIN);
            field.addActionListener(e -> actions.incrementAndGet());
            keypad = new Keypad(false, () -> { });
            keypad.setTarget(field);
            JPanel panel = new JPanel(new BorderLayout());
            panel.add(field, BorderLayout.NORTH);
            panel.add(keypad, BorderLayout.CENTER);
            frame.setContentPane(panel);
            frame.pack();
            frame.setVisible(true);
            frame.toFront();
            field.requestFocusInWindow();
        });
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!onEdt(field::isFocusOwner)) {
            if (System.nanoTime() > deadline) {
                fail("The text field never got the keyboard focus; is a window manager running on the display?");
            }
            SwingUtilities.invokeAndWait(() -> {
                frame.toFront();
                field.requestFocusInWindow();
            });
            Thread.sleep(50);
        }
        reader = new KeyboardWedgeReader(new BadgeReaderConfig("keyboard-wedge", null, null, 4, 50, null, null));
        reader.start(listener);
        assertThat(reader.status().state()).isEqualTo(DeviceStatus.State.READY);
    }

    @AfterEach
    void closeTheWindow() throws Exception {
        reader.close();
        SwingUtilities.invokeAndWait(frame::dispose);
    }

    @Test
    void aBadgeBurstIsABadgeAndNeverReachesTheField() throws Exception {
        post(keys("12345678", 12, true));
        assertThat(listener.nextBadge(Duration.ofSeconds(2))).isEqualTo("12345678");
        settle();
        assertThat(text()).isEmpty();
        assertThat(actions).hasValue(0);
    }

    @Test
    void aPersonTypingTheSameDigitsSlowlyTypesIntoTheField() throws Exception {
        post(keys("12345678", 180, true));
        awaitText("12345678");
        assertThat(listener.hasBadge()).isFalse();
        assertThat(actions).as("Enter reached the field").hasValue(1);
    }

    @Test
    void aMagneticStripeTrackWithSentinelsIsABadge() throws Exception {
        post(keys(";12345678?", 8, true));
        assertThat(listener.nextBadge(Duration.ofSeconds(2))).isEqualTo("12345678");
        settle();
        assertThat(text()).isEmpty();
    }

    @Test
    void aProductScannersBurstIsABarcodeKeptAsScanned() throws Exception {
        reader.close();
        reader = new KeyboardWedgeReader(new BadgeReaderConfig("keyboard-wedge", null, null, 4, 50, null, null),
            Reads.PRODUCTS);
        reader.start(listener);

        post(keys("4006381333931", 8, true));
        assertThat(listener.nextBadge(Duration.ofSeconds(2))).isEqualTo("4006381333931");
        // A Code 128 may hold what a badge's track sentinels are: kept.
        post(keys(";A-12?", 8, true));
        assertThat(listener.nextBadge(Duration.ofSeconds(2))).isEqualTo(";A-12?");
        settle();
        assertThat(text()).isEmpty();
        assertThat(reader.status().device()).isEqualTo("Product scanner");
    }

    @Test
    void digitsTypedOnThePinKeypadAreNotABadge() throws Exception {
        for (String digit : List.of("1", "2", "3", "4")) {
            SwingUtilities.invokeAndWait(() -> button(Names.keypadDigit(Integer.parseInt(digit))).doClick(0));
        }
        settle();
        assertThat(text()).isEqualTo("1234");
        assertThat(listener.hasBadge()).isFalse();
    }

    @Test
    void controlCharactersNeverReachTheField() throws Exception {
        long when = System.currentTimeMillis();
        post(List.of(new KeyEvent(field, KeyEvent.KEY_TYPED, when, InputEvent.CTRL_DOWN_MASK, KeyEvent.VK_UNDEFINED,
            '\u0007')));
        post(keys("ab", 200, false));
        awaitText("ab");
    }

    /** The key events of {@code text}, one key every {@code gap} ms, Shift around the characters that need it. */
    private List<KeyEvent> keys(String text, long gap, boolean enter) {
        List<KeyEvent> events = new ArrayList<>();
        long when = System.currentTimeMillis();
        for (char c : text.toCharArray()) {
            boolean shift = "?%:\"".indexOf(c) >= 0;
            int code = KeyEvent.getExtendedKeyCodeForChar(c);
            int modifiers = shift ? InputEvent.SHIFT_DOWN_MASK : 0;
            if (shift) {
                events.add(new KeyEvent(field, KeyEvent.KEY_PRESSED, when, modifiers, KeyEvent.VK_SHIFT,
                    KeyEvent.CHAR_UNDEFINED));
            }
            events.add(new KeyEvent(field, KeyEvent.KEY_PRESSED, when, modifiers, code, c));
            events.add(new KeyEvent(field, KeyEvent.KEY_TYPED, when, modifiers, KeyEvent.VK_UNDEFINED, c));
            events.add(new KeyEvent(field, KeyEvent.KEY_RELEASED, when + 3, modifiers, code, c));
            if (shift) {
                events.add(new KeyEvent(field, KeyEvent.KEY_RELEASED, when + 4, 0, KeyEvent.VK_SHIFT,
                    KeyEvent.CHAR_UNDEFINED));
            }
            when += gap;
        }
        if (enter) {
            events.add(new KeyEvent(field, KeyEvent.KEY_PRESSED, when, 0, KeyEvent.VK_ENTER, '\n'));
            events.add(new KeyEvent(field, KeyEvent.KEY_TYPED, when, 0, KeyEvent.VK_UNDEFINED, '\n'));
            events.add(new KeyEvent(field, KeyEvent.KEY_RELEASED, when + 3, 0, KeyEvent.VK_ENTER, '\n'));
        }
        return events;
    }

    /** Posts events to the system event queue, as the toolkit does with real keys, and waits until they are handled. */
    private static void post(List<KeyEvent> events) throws Exception {
        EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
        events.forEach(queue::postEvent);
        SwingUtilities.invokeAndWait(() -> { });
    }

    /** Waits longer than the wedge holds keys back, so anything held has been let through. */
    private static void settle() throws Exception {
        Thread.sleep(300);
        SwingUtilities.invokeAndWait(() -> { });
    }

    private void awaitText(String expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (!expected.equals(text()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(text()).isEqualTo(expected);
    }

    private String text() throws Exception {
        AtomicReference<String> value = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> value.set(field.getText()));
        return value.get();
    }

    private JButton button(String name) {
        for (Component c : keypad.getComponents()) {
            if (name.equals(c.getName())) {
                return (JButton) c;
            }
        }
        throw new AssertionError("No button " + name);
    }

    private static <T> T onEdt(java.util.function.Supplier<T> read) throws Exception {
        AtomicReference<T> value = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> value.set(read.get()));
        return value.get();
    }
}
