package app.tillpoint.kiosk.testkit;

import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.image.ScreenshotTaker;

import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.AWTEvent;
import java.awt.Component;
import java.awt.Container;
import java.awt.KeyboardFocusManager;
import java.awt.MouseInfo;
import java.awt.Point;
import java.awt.PointerInfo;
import java.awt.Toolkit;
import java.awt.Window;
import java.awt.event.AWTEventListener;
import java.awt.event.MouseEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The last taps of a {@link TestKiosk}, and what a timed-out wait saw: where each tap went on the screen, what lies
 * there now, the window's place, focus and pointer, and a picture of the whole display taken before the kiosk closes
 * (the test's own failure screenshot comes after, of an empty display). A tap that went nowhere is then told apart
 * from a screen that never came.
 */
final class TapLog {
    private static final int KEPT = 6;
    private static final Path FAILED = Path.of("target", "screenshots", "failed");

    private final Deque<Tap> taps = new ArrayDeque<>();
    private final Deque<String> presses = new ArrayDeque<>();
    private final Map<Window, Integer> pressed = new WeakHashMap<>();
    private final long start = System.nanoTime();
    private final AWTEventListener mouse = this::mouseEvent;

    /** Starts noting where the mouse presses and releases of this JVM's windows go, until {@link #close}. */
    TapLog() {
        Toolkit.getDefaultToolkit().addAWTEventListener(mouse, AWTEvent.MOUSE_EVENT_MASK);
    }

    /** Stops noting the mouse's presses. */
    void close() {
        Toolkit.getDefaultToolkit().removeAWTEventListener(mouse);
    }

    private synchronized void mouseEvent(AWTEvent event) {
        if (event.getID() != MouseEvent.MOUSE_PRESSED && event.getID() != MouseEvent.MOUSE_RELEASED) {
            return;
        }
        MouseEvent press = (MouseEvent) event;
        if (press.getID() == MouseEvent.MOUSE_PRESSED) {
            Window window = press.getComponent() instanceof Window w ? w
                    : SwingUtilities.getWindowAncestor(press.getComponent());
            pressed.merge(window, 1, Integer::sum);
        }
        if (presses.size() == KEPT * 2) {
            presses.removeFirst();
        }
        presses.addLast((press.getID() == MouseEvent.MOUSE_PRESSED ? "pressed" : "released") + " at "
                + press.getLocationOnScreen() + " on " + name(press.getComponent()) + " at "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private record Tap(String name, Point at, Point window, long millis) {
    }

    /** How many mouse presses the event thread has dispatched to {@code window} so far. */
    synchronized int pressesOn(Window window) {
        return pressed.getOrDefault(window, 0);
    }

    /** Notes a tap on {@code component} (named {@code name}), at its centre as the robot taps it. */
    void add(String name, Component component) {
        Tap tap = GuiActionRunner.execute(() -> {
            Point at = component.getLocationOnScreen();
            at.translate(component.getWidth() / 2, component.getHeight() / 2);
            Point window = SwingUtilities.getWindowAncestor(component).getLocationOnScreen();
            return new Tap(name, at, window, (System.nanoTime() - start) / 1_000_000);
        });
        synchronized (this) {
            if (taps.size() == KEPT) {
                taps.removeFirst();
            }
            taps.addLast(tap);
        }
    }

    /** What the display shows now, for a wait for {@code awaited} that timed out, with a screenshot's path. */
    String describe(JFrame frame, String awaited) {
        List<Tap> recent;
        List<String> pressed;
        synchronized (this) {
            recent = new ArrayList<>(taps);
            pressed = new ArrayList<>(presses);
        }
        String now = GuiActionRunner.execute(() -> {
            StringBuilder text = new StringBuilder();
            text.append("At ").append((System.nanoTime() - start) / 1_000_000).append(" ms the window is at ")
                    .append(frame.isShowing() ? frame.getLocationOnScreen() : "(not showing)")
                    .append(", active ").append(frame.isActive())
                    .append(", focus on ").append(name(KeyboardFocusManager.getCurrentKeyboardFocusManager()
                            .getFocusOwner()));
            PointerInfo pointer = MouseInfo.getPointerInfo();
            text.append(", pointer at ").append(pointer == null ? "?" : pointer.getLocation());
            for (Tap tap : recent) {
                text.append("\n  tap ").append(tap.name()).append(" at ").append(tap.at()).append(" (window at ")
                        .append(tap.window()).append(") at ").append(tap.millis()).append(" ms; there now: ")
                        .append(name(deepestAt(frame, tap.at())));
            }
            for (String press : pressed) {
                text.append("\n  mouse ").append(press);
            }
            text.append("\n  showing: ").append(showingNames(frame.getRootPane()));
            return text.toString();
        });
        return now + screenshot(awaited);
    }

    private static Component deepestAt(JFrame frame, Point onScreen) {
        if (!frame.isShowing()) {
            return null;
        }
        Point at = new Point(onScreen);
        SwingUtilities.convertPointFromScreen(at, frame.getLayeredPane());
        return SwingUtilities.getDeepestComponentAt(frame.getLayeredPane(), at.x, at.y);
    }

    private static String name(Component component) {
        if (component == null) {
            return "nothing";
        }
        String name = component.getName();
        return component.getClass().getSimpleName() + (name == null ? "" : " " + name);
    }

    private static List<String> showingNames(Container root) {
        List<String> names = new ArrayList<>();
        Deque<Component> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty() && names.size() < 40) {
            Component component = todo.removeFirst();
            if (!component.isShowing()) {
                continue;
            }
            if (component.getName() != null && !(component instanceof javax.swing.JRootPane)) {
                names.add(component.getName());
            }
            if (component instanceof Container container) {
                todo.addAll(List.of(container.getComponents()));
            }
        }
        return names;
    }

    private static String screenshot(String awaited) {
        try {
            Files.createDirectories(FAILED);
            Path png = FAILED.resolve("timeout-" + awaited + "-" + System.currentTimeMillis() + ".png");
            new ScreenshotTaker().saveDesktopAsPng(png.toString());
            return "\n  the display: " + png.toAbsolutePath();
        } catch (Exception | Error e) {
            return "\n  no picture of the display: " + e;
        }
    }
}
