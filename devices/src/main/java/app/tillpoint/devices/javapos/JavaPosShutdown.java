package app.tillpoint.devices.javapos;

import jpos.BaseJposControl;
import jpos.JposConst;
import jpos.JposException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Takes a JavaPOS device back down from whatever state it reached: disable, release, close. Never throws. */
final class JavaPosShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(JavaPosShutdown.class);

    private JavaPosShutdown() {
    }

    static void release(BaseJposControl device, String logicalName) {
        try {
            if (device.getState() == JposConst.JPOS_S_CLOSED) {
                return;
            }
            if (device.getClaimed()) {
                if (device.getDeviceEnabled()) {
                    device.setDeviceEnabled(false);
                }
                device.release();
            }
        } catch (JposException | RuntimeException | LinkageError e) {
            JposFailure.log(LOG, "JavaPOS " + logicalName + ": releasing failed", e);
        }
        try {
            device.close();
        } catch (JposException | RuntimeException | LinkageError e) {
            JposFailure.log(LOG, "JavaPOS " + logicalName + ": closing failed", e);
        }
    }
}
