package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A printer whose driver hangs holds its caller for the time-out at most, and counts as offline. */
class TimedPrinterTest {
    private final CountDownLatch hang = new CountDownLatch(1);
    private final List<String> printed = new ArrayList<>();
    private volatile boolean hanging = true;
    private final ReceiptPrinter driver = new ReceiptPrinter() {
        @Override
        public int columns() {
            return 32;
        }

        @Override
        public State state() {
            await();
            return State.READY;
        }

        @Override
        public void print(PrintJob job) throws PrinterException {
            if (job.lines().isEmpty()) {
                throw new PrinterException(State.PAPER_OUT, "Printer out of paper");
            }
            await();
            printed.add("job");
        }

        @Override
        public DeviceStatus status() {
            return new DeviceStatus("Receipt printer", DeviceStatus.State.READY, "");
        }

        @Override
        public void close() {
            printed.add("closed");
        }

        private void await() {
            if (hanging) {
                try {
                    hang.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("given up", e);
                }
            }
        }
    };

    @Test
    void aHangingPrinterIsGivenUpAfterTheTimeOutAsOfflineAndTheNextCallGetsAFreshThread() throws Exception {
        TimedPrinter printer = new TimedPrinter(driver, Duration.ofMillis(300));
        PrintJob job = PrintJob.builder().text("Order 1").build();

        long start = System.nanoTime();
        assertThatThrownBy(() -> printer.print(job)).isInstanceOf(PrinterException.class)
                .hasMessage("Printer did not answer within 300 ms")
                .extracting(e -> ((PrinterException) e).state()).isEqualTo(ReceiptPrinter.State.OFFLINE);
        assertThat(printer.state()).isEqualTo(ReceiptPrinter.State.OFFLINE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        hanging = false;
        printer.print(job);
        assertThat(printer.state()).isEqualTo(ReceiptPrinter.State.READY);
        assertThat(printed).containsExactly("job");
    }

    @Test
    void theDriversOwnRefusalComesThroughWithItsStateAndAPluginCannotCloseTheDriver() {
        TimedPrinter printer = new TimedPrinter(driver, Duration.ofSeconds(1));

        assertThatThrownBy(() -> printer.print(PrintJob.builder().build())).isInstanceOf(PrinterException.class)
                .hasMessage("Printer out of paper");
        printer.close();
        assertThat(printed).isEmpty();
    }
}
