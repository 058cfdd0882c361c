package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;

/** A JavaPOS CashDrawer service in the test sources: opens on openDrawer, closes when the test says. */
public final class TestDrawerService extends TestService {
    private boolean opened;
    private JposException nextFailure;

    public synchronized void openDrawer() throws JposException {
        if (!enabled) {
            throw new JposException(JposConst.JPOS_E_DISABLED, "Disabled");
        }
        if (nextFailure != null) {
            JposException failure = nextFailure;
            nextFailure = null;
            throw failure;
        }
        opened = true;
        record("openDrawer");
    }

    public boolean getCapStatus() {
        return true;
    }

    public synchronized boolean getDrawerOpened() {
        return opened;
    }

    /** Blocks until the drawer is closed, as the real method does. */
    public synchronized void waitForDrawerClose(int beepTimeout, int beepFrequency, int beepDuration, int beepDelay)
        throws JposException {
        while (opened) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JposException(JposConst.JPOS_E_FAILURE, "Interrupted", e);
            }
        }
    }

    /** The cashier pushes the drawer shut. */
    public synchronized void closeByHand() {
        opened = false;
        notifyAll();
    }

    /** The next openDrawer fails with {@code failure}. */
    public synchronized void failNextOpen(JposException failure) {
        nextFailure = failure;
    }
}
