package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.Backoff;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The reconnect loop the JavaPOS drivers share: prepare the registry, connect, and back off while that fails. */
final class JposReconnect {
    private JposReconnect() {
    }

    /**
     * Tries {@code connect} (which returns a problem, or null once the device is ready) until it succeeds or
     * {@code running} turns false, keeping {@code status} up to date and waiting longer after each failure.
     *
     * @param lock the driver's monitor: connecting and closing never overlap
     */
    static void untilConnected(JavaPosConfig javapos, long maxWaitMillis, Object lock, BooleanSupplier running,
                               Supplier<String> connect, StatusCell status) {
        Backoff backoff = new Backoff(maxWaitMillis);
        while (running.getAsBoolean()) {
            String problem = JposRegistry.prepare(javapos.jposXml(), javapos.logicalName());
            if (problem == null) {
                synchronized (lock) {
                    if (!running.getAsBoolean()) {
                        return;
                    }
                    problem = connect.get();
                }
            }
            if (problem == null) {
                status.set(State.READY, "");
                return;
            }
            status.set(State.NOT_CONNECTED, problem);
            try {
                Thread.sleep(backoff.nextMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
