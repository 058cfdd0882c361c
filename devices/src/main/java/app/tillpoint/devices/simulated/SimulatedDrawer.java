package app.tillpoint.devices.simulated;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;

import java.time.Duration;

/**
 * A cash drawer with no hardware: counts its kicks and keeps an open/closed state that code can change with
 * {@link #closeByHand()}. Can be told to fail, to show what the kiosk does when the drawer does not open.
 */
public final class SimulatedDrawer implements CashDrawer {
    private final DeviceStatus status = new DeviceStatus("Cash drawer", DeviceStatus.State.SIMULATED, "");
    private int kicks;
    private boolean open;
    private String failure;

    @Override
    public synchronized void open() throws DeviceException {
        if (failure != null) {
            throw new DeviceException(failure);
        }
        kicks++;
        open = true;
        notifyAll();
    }

    @Override
    public synchronized OpenState openState() {
        return open ? OpenState.OPEN : OpenState.CLOSED;
    }

    @Override
    public synchronized boolean waitForClose(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (open) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            Duration wait = Duration.ofNanos(left);
            wait(Math.max(1, wait.toMillis()));
        }
        return true;
    }

    /** The cashier pushes the drawer shut. */
    public synchronized void closeByHand() {
        open = false;
        notifyAll();
    }

    /** How many times the drawer was kicked open. */
    public synchronized int kicks() {
        return kicks;
    }

    /** From now on {@link #open()} fails with {@code message}; null makes it work again. */
    public synchronized void failWith(String message) {
        failure = message;
    }

    @Override
    public DeviceStatus status() {
        return status;
    }

    @Override
    public void close() {
        // Nothing to release: there is no hardware.
    }
}
