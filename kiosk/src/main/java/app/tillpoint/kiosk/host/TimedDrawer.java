package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The drawer as plugins get it: every call to the driver runs on the drawer's own thread and is given up after a
 * time-out with a {@link DeviceException} ("Drawer did not answer within 3 s"), so that a drawer that hangs (a serial
 * line that never answers, a JavaPOS service stuck in a claim) holds up the flow that kicked it for that long at
 * most, and never the sale after it. A call that was given up is interrupted; the next one gets a fresh thread.
 */
public final class TimedDrawer implements CashDrawer {
    private final CashDrawer driver;
    private final Duration timeout;
    private ExecutorService thread = newThread();

    /**
     * @param driver  the configured drawer
     * @param timeout how long one call may take
     */
    public TimedDrawer(CashDrawer driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread drawer = new Thread(runnable, "tillpoint-drawer");
            drawer.setDaemon(true);
            return drawer;
        });
    }

    @Override
    public void open() throws DeviceException {
        call(() -> {
            driver.open();
            return null;
        });
    }

    @Override
    public OpenState openState() throws DeviceException {
        return call(driver::openState);
    }

    /** Waits on the caller's thread: waiting for the cashier to close the drawer is the caller's choice. */
    @Override
    public boolean waitForClose(Duration wait) throws DeviceException, InterruptedException {
        return driver.waitForClose(wait);
    }

    @Override
    public DeviceStatus status() {
        return driver.status();
    }

    /** Does nothing: the host closes the driver at shutdown, a plugin cannot. */
    @Override
    public void close() {
    }

    private synchronized <T> T call(Callable<T> work) throws DeviceException {
        Future<T> call = thread.submit(work);
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof DeviceException device) {
                throw device;
            }
            throw new DeviceException("Drawer failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            throw new DeviceException("Drawer did not answer within " + timeout.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeviceException("Interrupted while waiting for the drawer", e);
        }
    }
}
