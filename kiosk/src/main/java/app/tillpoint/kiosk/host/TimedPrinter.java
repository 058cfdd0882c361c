package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The receipt printer as plugins get it, like {@link TimedDrawer}: every call to the driver runs on the printer's own
 * thread and is given up after a time-out, the printer then counting as offline, so that a printer that hangs (a
 * network printer that accepts and never answers, a serial line stuck) holds up the plugin's printing thread for that
 * long at most. A call that was given up is interrupted; the next one gets a fresh thread. It never closes the driver:
 * the kiosk does at exit.
 */
public final class TimedPrinter implements ReceiptPrinter {
    private final ReceiptPrinter driver;
    private final Duration timeout;
    private ExecutorService thread = newThread();

    /**
     * @param driver  the configured printer
     * @param timeout how long one call may take
     */
    public TimedPrinter(ReceiptPrinter driver, Duration timeout) {
        this.driver = driver;
        this.timeout = timeout;
    }

    private static ExecutorService newThread() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread printer = new Thread(runnable, "tillpoint-printer");
            printer.setDaemon(true);
            return printer;
        });
    }

    @Override
    public int columns() {
        return driver.columns();
    }

    @Override
    public State state() {
        try {
            return call(driver::state);
        } catch (PrinterException e) {
            return e.state();
        }
    }

    @Override
    public void print(PrintJob job) throws PrinterException {
        call(() -> {
            driver.print(job);
            return null;
        });
    }

    @Override
    public DeviceStatus status() {
        return driver.status();
    }

    /** Does nothing: the host closes the driver at shutdown, a plugin cannot. */
    @Override
    public void close() {
    }

    private synchronized <T> T call(Callable<T> work) throws PrinterException {
        Future<T> call = thread.submit(work);
        try {
            return call.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof PrinterException printer) {
                throw printer;
            }
            throw new PrinterException(State.OFFLINE, "Printer failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
            call.cancel(true);
            thread.shutdownNow();
            thread = newThread();
            throw new PrinterException(State.OFFLINE, "Printer did not answer within " + timeout.toMillis() + " ms",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PrinterException(State.OFFLINE, "Interrupted while waiting for the printer", e);
        }
    }
}
