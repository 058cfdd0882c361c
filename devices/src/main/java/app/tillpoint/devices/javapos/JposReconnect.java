package app.tillpoint.devices.javapos;

import app.tillpoint.api.device.DeviceStatus.State;
import app.tillpoint.devices.Backoff;
import app.tillpoint.devices.JavaPosConfig;
import app.tillpoint.devices.StatusCell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** The reconnect loop the JavaPOS drivers share: prepare the registry, connect, and back off while that fails. */
final class JposReconnect {
    private static final Logger LOG = LoggerFactory.getLogger(JposReconnect.class);

    private JposReconnect() {
    }

    /**
     * What one attempt to connect came to: connected (ready, or connected but switched off), or not, with the status
     * to show either way.
     */
    record Attempt(boolean connected, State state, String detail) {
        static Attempt ready() {
            return new Attempt(true, State.READY, "");
        }

        static Attempt connected(JposPower.Reading power) {
            return new Attempt(true, power.state(), power.detail());
        }

        static Attempt failed(State state, String detail) {
            return new Attempt(false, state, detail);
        }
    }

    /**
     * Tries {@code connect} until it connects or {@code running} turns false, keeping {@code status} up to date and
     * waiting longer after each failure. Runs on the driver's own thread, whose context class loader it sets to the
     * vendor jars' for the services it opens. Whatever an attempt throws, even an {@code Error} from a vendor's class,
     * is reported in the status and the log, and the loop goes on.
     *
     * @param category the JavaPOS device category, e.g. {@code CashDrawer}
     * @param lock     the driver's monitor: connecting and closing never overlap
     */
    static void untilConnected(JavaPosConfig javapos, String category, long maxWaitMillis, Object lock,
                               BooleanSupplier running, Supplier<Attempt> connect, StatusCell status) {
        Backoff backoff = new Backoff(maxWaitMillis);
        while (running.getAsBoolean()) {
            Attempt attempt;
            try {
                Thread.currentThread().setContextClassLoader(VendorJars.classLoader());
                String problem = JposRegistry.prepare(javapos.jposXml(), javapos.logicalName(), category);
                if (problem != null) {
                    attempt = Attempt.failed(State.NOT_CONNECTED, problem);
                } else {
                    synchronized (lock) {
                        if (!running.getAsBoolean()) {
                            return;
                        }
                        attempt = connect.get();
                    }
                }
            } catch (Throwable e) {
                // A vendor's code may throw anything; a thread that died here would leave "connecting" forever.
                JposFailure.log(LOG, "JavaPOS " + category + " \"" + javapos.logicalName() + "\" failed", e);
                attempt = Attempt.failed(State.ERROR, javapos.logicalName() + ": " + JposFailure.describe(e));
            }
            status.set(attempt.state(), attempt.detail());
            if (attempt.connected()) {
                return;
            }
            try {
                Thread.sleep(backoff.nextMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
