package app.tillpoint.kiosk.bench;

import app.tillpoint.kiosk.Kiosk;
import app.tillpoint.kiosk.LaunchOptions;

import javax.swing.AbstractButton;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.EventQueue;
import java.awt.Toolkit;
import java.awt.event.KeyEvent;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

/**
 * Whether selling grows the heap, for {@code scripts/benchmark-latency.sh --leak N}: the real kiosk in this JVM, on a
 * data folder of the demo terminal, a session opened with a badge as the wedge reader types it, then N cash sales of
 * three product taps each through the register's own buttons (clicked on the event thread, no robot: fast enough for
 * 10,000), each paid with the largest quick amount and committed before the next. Every {@code N / 10} sales the heap
 * used after a full GC is printed; a leak is a line that keeps rising. Run it under the heap the till gets
 * ({@code -Xmx64m}) to see the whole shift fit: after the sales, a cash in, a cash out, and the closing with the drawer
 * counted.
 *
 * <pre>java -Xmx64m -cp kiosk/target/test-classes:kiosk/target/app/tillpoint-kiosk.jar:kiosk/target/app/lib/*
 *     app.tillpoint.kiosk.bench.SaleLeakCheck DATA_DIR PLUGINS_DIR SALES</pre>
 */
public final class SaleLeakCheck {
    private static final long WAIT_MILLIS = 20_000;
    private static final String BADGE = "2200";

    private final JFrame frame;

    private SaleLeakCheck(JFrame frame) {
        this.frame = frame;
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        Path plugins = Path.of(args[1]);
        int sales = Integer.parseInt(args[2]);
        // Initialised here, before the toolkit's own thread can need it: a first MouseEvent made on the event thread
        // while the X toolkit thread initialises the class under its lock deadlocks the two.
        Class.forName("java.awt.event.MouseEvent");
        String[] kioskArgs = {"--data-dir", data.toString(), "--plugins-dir", plugins.toString(), "--windowed",
                "--size", "1024x768", "--demo"};
        Kiosk kiosk = Kiosk.start(LaunchOptions.parse(kioskArgs, data, plugins), code -> { });
        try {
            SaleLeakCheck check = new SaleLeakCheck(kiosk.frame());
            check.openSession(BADGE);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            int step = Math.max(1, sales / 10);
            System.out.printf("sales %6d  heap after full GC %5.1f MB%n", 0, heapAfterGc(memory));
            long started = System.nanoTime();
            for (int sale = 1; sale <= sales; sale++) {
                check.sell(sale);
                if (sale % step == 0) {
                    System.out.printf("sales %6d  heap after full GC %5.1f MB  (%d ms a sale so far)%n", sale,
                            heapAfterGc(memory), (System.nanoTime() - started) / 1_000_000 / sale);
                }
            }
            check.moveCash("menu.cashIn", "500");
            check.moveCash("menu.cashOut", "200");
            String closed = check.closeSession();
            System.out.printf("cash in ₹500, cash out ₹200, closed with the drawer counted to %s: heap after full GC"
                    + " %5.1f MB, heap committed %d MB of at most %d MB%n", closed, heapAfterGc(memory),
                    memory.getHeapMemoryUsage().getCommitted() / (1024 * 1024),
                    memory.getHeapMemoryUsage().getMax() / (1024 * 1024));
        } finally {
            kiosk.close();
        }
    }

    private static double heapAfterGc(MemoryMXBean memory) {
        System.gc();
        return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private void openSession(String badge) throws Exception {
        click("dashboard.action.newSession");
        await("lock.scanPrompt");
        scan(badge);
        await("opening.open");
        click("opening.open");
        await("pay.cash");
    }

    private void sell(int sale) throws Exception {
        for (int i = 0; i < 3; i++) {
            click("product." + ((sale + i) % 4 + 1));
        }
        click("pay.cash");
        await("pay.confirm");
        awaitThat("the quick amounts", () -> !named(n -> n.startsWith("pay.quick.")).isEmpty());
        String quick = onEdt(() -> named(n -> n.startsWith("pay.quick.")).stream()
                .map(Component::getName)
                .max((a, b) -> Long.compare(amount(a), amount(b))).orElseThrow());
        click(quick);
        click("pay.confirm");
        // Committed, the dialog gone and the cart empty: the next sale starts from a still register.
        awaitThat("the sale committed", () -> named("pay.confirm"::equals).isEmpty()
                && named(n -> n.startsWith("cart.line.")).isEmpty());
    }

    /** Menu, the cash move, the amount on its keypad, the first reason, Confirm: back on the register. */
    private void moveCash(String entry, String digits) throws Exception {
        click("register.menu");
        click(entry);
        await("cashMove.confirm");
        for (char digit : digits.toCharArray()) {
            click("keypad." + digit);
        }
        click("cashMove.reason.0");
        click("cashMove.confirm");
        awaitThat("back on the register", () -> named("cashMove.confirm"::equals).isEmpty()
                && !named("pay.cash"::equals).isEmpty());
    }

    /**
     * Menu, Close Session, the drawer counted to the expected cash exactly (largest denominations first, each quantity
     * typed on the counter's keypad), Close Session, the report's OK: the dashboard. Returns the expected cash.
     */
    private String closeSession() throws Exception {
        click("register.menu");
        click("menu.closeSession");
        awaitThat("the expected cash", () -> named("closing.expected"::equals).stream()
                .anyMatch(c -> !((javax.swing.JLabel) c).getText().isBlank()));
        String expected = onEdt(() -> ((javax.swing.JLabel) named("closing.expected"::equals).get(0)).getText());
        long left = Long.parseLong(expected.replaceAll("[^0-9]", ""));
        click("closing.count");
        await("counter.confirm");
        List<String> keys = onEdt(() -> named(n -> n.startsWith("counter.qty.")).stream()
                .map(c -> c.getName().substring("counter.qty.".length())).toList());
        List<String> largestFirst = new ArrayList<>(keys);
        largestFirst.sort((a, b) -> Long.compare(value(b), value(a)));
        for (String key : largestFirst) {
            long quantity = left / value(key);
            if (quantity > 0) {
                click("counter.plus." + key);
                for (char digit : Long.toString(quantity).toCharArray()) {
                    click("keypad." + digit);
                }
                left -= quantity * value(key);
            }
        }
        click("counter.confirm");
        awaitThat("the count recorded", () -> named("counter.confirm"::equals).isEmpty()
                && named("closing.difference"::equals).stream()
                .anyMatch(c -> !((javax.swing.JLabel) c).getText().isBlank()));
        click("closing.close");
        await("report.text");
        click("report.close");
        await("dashboard.action.newSession");
        return expected;
    }

    private static long value(String denominationKey) {
        int dot = denominationKey.indexOf('.');
        return Long.parseLong(dot < 0 ? denominationKey : denominationKey.substring(0, dot));
    }

    private static long amount(String quickName) {
        return Long.parseLong(quickName.substring(quickName.lastIndexOf('.') + 1));
    }

    private void click(String name) throws Exception {
        await(name);
        SwingUtilities.invokeAndWait(() -> {
            Component component = named(name::equals).stream()
                    .max(java.util.Comparator.comparingInt(SaleLeakCheck::layerOf)).orElseThrow();
            // What the idle lock hears of a tap (a mouse event); doClick alone is none, and the till would lock.
            frame.getRootPane().dispatchEvent(new java.awt.event.MouseEvent(frame.getRootPane(),
                    java.awt.event.MouseEvent.MOUSE_CLICKED, System.currentTimeMillis(), 0, 1, 1, 1, false));
            ((AbstractButton) component).doClick(0);
        });
    }

    private void await(String name) throws Exception {
        awaitThat(name + " showing", () -> !named(name::equals).isEmpty());
    }

    private void awaitThat(String what, java.util.function.BooleanSupplier condition) throws Exception {
        long end = System.nanoTime() + WAIT_MILLIS * 1_000_000;
        while (!onEdt(condition::getAsBoolean)) {
            if (System.nanoTime() > end) {
                throw new IllegalStateException("Waited " + WAIT_MILLIS + " ms for " + what + "; showing: "
                        + onEdt(() -> named(n -> true).stream().map(c -> c instanceof javax.swing.JLabel label
                                && !label.getText().isBlank() ? c.getName() + "=" + label.getText() : c.getName())
                        .toList()));
            }
            Thread.sleep(1);
        }
    }

    /** The wedge reader's burst: the code's keys and Enter, posted to the focused component. */
    private void scan(String code) throws Exception {
        List<KeyEvent> events = new ArrayList<>();
        SwingUtilities.invokeAndWait(() -> {
            Component target = frame.getFocusOwner() != null ? frame.getFocusOwner() : frame.getRootPane();
            long when = System.currentTimeMillis();
            for (char c : (code + "\n").toCharArray()) {
                int key = c == '\n' ? KeyEvent.VK_ENTER : KeyEvent.getExtendedKeyCodeForChar(c);
                events.add(new KeyEvent(target, KeyEvent.KEY_PRESSED, when, 0, key, c));
                events.add(new KeyEvent(target, KeyEvent.KEY_TYPED, when, 0, KeyEvent.VK_UNDEFINED, c));
                events.add(new KeyEvent(target, KeyEvent.KEY_RELEASED, when + 2, 0, key, c));
                when += 8;
            }
        });
        EventQueue queue = Toolkit.getDefaultToolkit().getSystemEventQueue();
        events.forEach(queue::postEvent);
    }

    /** Where dialogs are stacked, the overlay's layer: the topmost one is the one a cashier can touch. */
    private static int layerOf(Component component) {
        Component child = component;
        while (child.getParent() != null && !(child.getParent() instanceof javax.swing.JLayeredPane)) {
            child = child.getParent();
        }
        return child.getParent() instanceof javax.swing.JLayeredPane layers ? layers.getLayer(child) : 0;
    }

    /** The showing components so named, in the kiosk's window and in its popups (the register's menu is one). */
    private List<Component> named(Predicate<String> name) {
        List<Component> found = new ArrayList<>();
        collect(frame, name, found);
        for (java.awt.Window window : java.awt.Window.getWindows()) {
            if (window != frame && window.isShowing()) {
                collect(window, name, found);
            }
        }
        return found;
    }

    private static void collect(Component component, Predicate<String> name, List<Component> found) {
        if (!component.isShowing()) {
            return;
        }
        if (component.getName() != null && name.test(component.getName())) {
            found.add(component);
        }
        if (component instanceof Container container) {
            for (Component child : container.getComponents()) {
                collect(child, name, found);
            }
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> work) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(work.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
