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
    public enum State {
        /** Connected and working. */
        READY,
        /** No hardware: a simulator stands in, as on the demo terminal. Usable. */
        SIMULATED,
        /** Absent or unplugged; the driver keeps trying to reconnect. */
        NOT_CONNECTED,
        /** Connected but failing, e.g. sending garbage or refusing a command. */
        ERROR
    }

    /**
     * Checks the device and the state; a null detail becomes empty.
     *
     * @param device not null
     * @param state  not null
     * @param detail a short explanation, or null or empty when all is well
     * @throws NullPointerException if {@code device} or {@code state} is null
     */
    public DeviceStatus {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(state, "state");
        detail = detail == null ? "" : detail;
    }

    /**
     * Whether the device can be used now.
     *
     * @return true when {@link State#READY} or {@link State#SIMULATED}
     */
    public boolean usable() {
        return state == State.READY || state == State.SIMULATED;
    }

    /**
     * The device, its state and the detail in one line, as the dashboard shows it.
     *
     * @return e.g. "Badge reader: not connected (/dev/ttyUSB0)", or "Cash drawer: ready" without a detail
     */
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
