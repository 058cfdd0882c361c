package app.tillpoint.kiosk.host;

import app.tillpoint.api.terminal.Routes;

import javax.swing.Timer;
import java.awt.AWTEvent;
import java.awt.Toolkit;
import java.awt.event.AWTEventListener;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Locks a register left alone: after the policy's idle time without a touch, a key or a badge scan while the register
 * is shown with a cashier at the till, {@code lock} runs (the till is signed out and the lock screen asks the next
 * cashier). The session stays open. Event thread.
 */
public final class IdleLock implements AWTEventListener, AutoCloseable {
    private static final long INPUT = AWTEvent.MOUSE_EVENT_MASK | AWTEvent.KEY_EVENT_MASK;

    private final long idleNanos;
    private final Supplier<String> route;
    private final TillState till;
    private final Runnable lock;
    private final Timer timer;
    private volatile long lastInput = System.nanoTime();

    /**
     * @param idle  how long the register may stay untouched; zero: never locked
     * @param route the route shown now
     * @param lock  what locking does; run on the event thread
     */
    public IdleLock(Duration idle, Supplier<String> route, TillState till, Runnable lock) {
        this.idleNanos = idle.toNanos();
        this.route = route;
        this.till = till;
        this.lock = lock;
        this.timer = new Timer((int) Math.max(100, Math.min(1000, idle.toMillis() / 4)), e -> check());
    }

    /** Starts watching. Event thread. */
    public void start() {
        if (idleNanos <= 0) {
            return;
        }
        Toolkit.getDefaultToolkit().addAWTEventListener(this, INPUT);
        timer.start();
    }

    /** A touch, a key or a badge scan: the register is in use. Any thread. */
    public void touched() {
        lastInput = System.nanoTime();
    }

    @Override
    public void eventDispatched(AWTEvent event) {
        touched();
    }

    private void check() {
        boolean inUse = Routes.REGISTER.equals(route.get()) && till.cashier().isPresent();
        if (!inUse) {
            touched();
            return;
        }
        if (System.nanoTime() - lastInput >= idleNanos) {
            touched();
            lock.run();
        }
    }

    @Override
    public void close() {
        timer.stop();
        Toolkit.getDefaultToolkit().removeAWTEventListener(this);
    }
}
