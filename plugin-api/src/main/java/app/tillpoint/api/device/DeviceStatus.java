package app.tillpoint.api.device;

import java.util.Objects;

/**
 * The state of a device as the cashier and the dashboard see it.
 *
 * @param device what it is, e.g. "Badge reader", "Cash drawer"
 * @param state  whether it can be used
 * @param detail a short explanation for the cashier, e.g. "not connected (/dev/ttyUSB0)"; empty when all is well
 */
public record DeviceStatus(String device, State state, String detail) {

    /** Whether a device can be used. */
    public enum State { READY, SIMULATED, NOT_CONNECTED, ERROR }

    public DeviceStatus {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    public boolean usable() {
        return state == State.READY || state == State.SIMULATED;
    }

    /** "Badge reader: not connected (/dev/ttyUSB0)", as the dashboard shows it. */
    public String describe() {
        String word = switch (state) {
            case READY -> "ready";
            case SIMULATED -> "simulated";
            case NOT_CONNECTED -> "not connected";
            case ERROR -> "error";
        };
        return device + ": " + word + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
}
