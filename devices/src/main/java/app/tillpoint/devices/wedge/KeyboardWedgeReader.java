package app.tillpoint.devices.wedge;

import app.tillpoint.api.device.BadgeListener;
import app.tillpoint.api.device.BadgeReader;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.devices.BadgeCleaner;
import app.tillpoint.devices.BadgeReaderConfig;
import app.tillpoint.devices.Reads;
import app.tillpoint.devices.StatusCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import javax.swing.Timer;
import java.awt.Component;
import java.awt.KeyEventDispatcher;
import java.awt.KeyboardFocusManager;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.util.List;

/**
 * A USB badge reader that types like a keyboard. Watches every key of the application (a {@link KeyEventDispatcher});
 * a fast burst of printable keys ending in Enter is a badge and never reaches the focused field; anything slower is
 * typing and is handed to the focused field unchanged, at most {@code maxKeyGapMillis} late. Badges and status reach
 * the listener on the event thread.
 */
public final class KeyboardWedgeReader implements BadgeReader {
    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedgeReader.class);
    private final BurstDetector<KeyEvent> detector;
    private final BadgeCleaner cleaner;
    private final StatusCell status;
    private final KeyEventDispatcher dispatcher = this::dispatch;
    private final Timer expiry;
    private volatile BadgeListener listener;

    public KeyboardWedgeReader(BadgeReaderConfig config) {
        this(config, Reads.BADGES);
    }

    /** @param reads badges, or product barcodes (a product scanner of its own, not shared with the badge reader) */
    public KeyboardWedgeReader(BadgeReaderConfig config, Reads reads) {
        this.status = new StatusCell(reads.device(), DeviceStatus.State.NOT_CONNECTED, "keyboard reader not started");
        this.detector = new BurstDetector<>(config.maxKeyGapMillis(), config.minLength());
        this.cleaner = reads.cleaner(config);
        // A little over the gap, so the last key of a burst is not released just before its Enter arrives.
        this.expiry = new Timer(config.maxKeyGapMillis() + 15, e -> expire());
        this.expiry.setRepeats(false);
    }

    @Override
    public void start(BadgeListener listener) {
        this.listener = listener;
        status.listen(listener::status);
        KeyboardFocusManager.getCurrentKeyboardFocusManager().addKeyEventDispatcher(dispatcher);
        status.set(DeviceStatus.State.READY, "");
    }

    @Override
    public DeviceStatus status() {
        return status.get();
    }

    @Override
    public void close() {
        KeyboardFocusManager.getCurrentKeyboardFocusManager().removeKeyEventDispatcher(dispatcher);
        listener = null;
        SwingUtilities.invokeLater(() -> {
            expiry.stop();
            release(detector.expire());
        });
    }

    /** Runs on the event thread for every key event of the application; true keeps it from its component. */
    private boolean dispatch(KeyEvent event) {
        BurstDetector.Step<KeyEvent> step = switch (event.getID()) {
            case KeyEvent.KEY_TYPED -> detector.typed(event.getKeyChar(), event.getWhen(), event);
            case KeyEvent.KEY_PRESSED -> event.getKeyCode() == KeyEvent.VK_ENTER
                ? detector.enter(event.getWhen(), event) : detector.other(event);
            case KeyEvent.KEY_RELEASED -> event.getKeyCode() == KeyEvent.VK_ENTER
                ? detector.enterReleased(event) : detector.other(event);
            default -> new BurstDetector.Step<>(false, List.of(), null);
        };
        release(step.release());
        if (step.badge() != null) {
            badge(step.badge());
        }
        if (detector.holding()) {
            expiry.restart();
        } else {
            expiry.stop();
        }
        return step.consume();
    }

    /** No key for a while: what is held was typing, unless keys are still waiting in the queue (a busy EDT). */
    private void expire() {
        if (Toolkit.getDefaultToolkit().getSystemEventQueue().peekEvent(KeyEvent.KEY_TYPED) != null) {
            expiry.restart();
            return;
        }
        release(detector.expire());
    }

    private void badge(String raw) {
        BadgeListener current = listener;
        var code = cleaner.clean(raw);
        if (code.isEmpty()) {
            LOG.warn("A fast burst of {} keys was not a badge code", raw.length());
            return;
        }
        if (current != null) {
            current.badge(code.get());
        }
    }

    /** Hands held keys to their components as typing, without passing them through this dispatcher again. */
    private static void release(List<KeyEvent> keys) {
        KeyboardFocusManager manager = KeyboardFocusManager.getCurrentKeyboardFocusManager();
        for (KeyEvent key : keys) {
            Component target = key.getComponent();
            if (target != null && target.isShowing()) {
                manager.redispatchEvent(target, key);
            }
        }
    }
}
