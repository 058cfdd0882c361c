package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus.State;
import jpos.BaseJposControl;
import jpos.CashDrawer;
import jpos.JposConst;
import jpos.JposException;
import jpos.MSR;
import jpos.POSPrinter;
import jpos.Scanner;

/**
 * A JavaPOS device's power reporting: asks for power notification where the service can give it, and turns power
 * states and {@code StatusUpdateEvent} codes into the status the dashboard shows. JavaPOS puts these properties on each
 * device class, not on a common one; these are the classes the drivers open.
 */
final class JposPower {

    private JposPower() {
    }

    /** What a power state or status code means for the cashier; READY for online, null for a code that is not one. */
    record Reading(State state, String detail) {
    }

    /**
     * Asks for power notification when {@code CapPowerReporting} allows it. JavaPOS accepts {@code PowerNotify} only
     * while the device is disabled: call between claim and enable.
     *
     * @return whether the service will report power changes
     */
    static boolean notifyChanges(BaseJposControl device) throws JposException {
        if (capPowerReporting(device) == JposConst.JPOS_PR_NONE) {
            return false;
        }
        if (device instanceof CashDrawer drawer) {
            drawer.setPowerNotify(JposConst.JPOS_PN_ENABLED);
        } else if (device instanceof MSR reader) {
            reader.setPowerNotify(JposConst.JPOS_PN_ENABLED);
        } else if (device instanceof Scanner scanner) {
            scanner.setPowerNotify(JposConst.JPOS_PN_ENABLED);
        } else if (device instanceof POSPrinter printer) {
            printer.setPowerNotify(JposConst.JPOS_PN_ENABLED);
        }
        return true;
    }

    /** The device's power state now, {@code JPOS_PS_UNKNOWN} without notification. */
    static int state(BaseJposControl device) throws JposException {
        if (device instanceof CashDrawer drawer) {
            return drawer.getPowerState();
        } else if (device instanceof MSR reader) {
            return reader.getPowerState();
        } else if (device instanceof Scanner scanner) {
            return scanner.getPowerState();
        } else if (device instanceof POSPrinter printer) {
            return printer.getPowerState();
        }
        return JposConst.JPOS_PS_UNKNOWN;
    }

    /**
     * What a power state, or a {@code StatusUpdateEvent} code (the power codes have the same values), means: READY
     * when online, NOT_CONNECTED when off or offline, null when it says nothing of power.
     */
    static Reading read(int code, String logicalName) {
        return switch (code) {
            case JposConst.JPOS_SUE_POWER_ONLINE -> new Reading(State.READY, "");
            case JposConst.JPOS_SUE_POWER_OFF -> new Reading(State.NOT_CONNECTED, "switched off (" + logicalName + ")");
            case JposConst.JPOS_SUE_POWER_OFFLINE -> new Reading(State.NOT_CONNECTED, "offline (" + logicalName + ")");
            case JposConst.JPOS_SUE_POWER_OFF_OFFLINE ->
                new Reading(State.NOT_CONNECTED, "switched off or offline (" + logicalName + ")");
            default -> null;
        };
    }

    private static int capPowerReporting(BaseJposControl device) throws JposException {
        if (device instanceof CashDrawer drawer) {
            return drawer.getCapPowerReporting();
        } else if (device instanceof MSR reader) {
            return reader.getCapPowerReporting();
        } else if (device instanceof Scanner scanner) {
            return scanner.getCapPowerReporting();
        } else if (device instanceof POSPrinter printer) {
            return printer.getCapPowerReporting();
        }
        return JposConst.JPOS_PR_NONE;
    }
}
