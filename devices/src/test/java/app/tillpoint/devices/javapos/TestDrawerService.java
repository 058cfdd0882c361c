package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.config.JposEntry;

import java.util.List;

/**
 * A JavaPOS CashDrawer service in the test sources: opens on openDrawer, closes when the test says. Offline while its
 * power is not online; refuses out-of-range beep arguments to waitForDrawerClose, as some services do. Its entry's
 * {@code drawerOpened} (Boolean prop) starts it open: a drawer someone left open.
 */
public final class TestDrawerService extends TestService {
    private boolean opened;
    private Exception nextFailure;
    private List<Integer> waitArguments = List.of();

    @Override
    protected void configure(JposEntry entry) {
        super.configure(entry);
        opened = Boolean.TRUE.equals(entry.getPropertyValue("drawerOpened"));
    }

    public synchronized void openDrawer() throws JposException {
        if (!enabled) {
            throw new JposException(JposConst.JPOS_E_DISABLED, "Disabled");
        }
        if (powerState != JposConst.JPOS_PS_ONLINE) {
            throw new JposException(JposConst.JPOS_E_OFFLINE, "Offline");
        }
        if (nextFailure != null) {
            Exception failure = nextFailure;
            nextFailure = null;
            if (failure instanceof JposException jpos) {
                throw jpos;
            }
            throw (RuntimeException) failure;
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

    /** Blocks until the drawer is closed, as the real method does; refuses arguments out of range. */
    public synchronized void waitForDrawerClose(int beepTimeout, int beepFrequency, int beepDuration, int beepDelay)
        throws JposException {
        waitArguments = List.of(beepTimeout, beepFrequency, beepDuration, beepDelay);
        if (beepTimeout < JposConst.JPOS_FOREVER || beepFrequency <= 0 || beepDuration <= 0 || beepDelay < 0) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Beep arguments out of range: " + waitArguments);
        }
        while (opened) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new JposException(JposConst.JPOS_E_FAILURE, "Interrupted", e);
            }
        }
    }

    /** The arguments of the last waitForDrawerClose: beep timeout, frequency, duration, delay. */
    public synchronized List<Integer> waitArguments() {
        return waitArguments;
    }

    /** The cashier pushes the drawer shut. */
    public synchronized void closeByHand() {
        opened = false;
        notifyAll();
    }

    /** The next openDrawer fails with {@code failure}: a JposException, or a RuntimeException of a faulty service. */
    public synchronized void failNextOpen(Exception failure) {
        nextFailure = failure;
    }
}
