package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.api.device.ReceiptPrinter.State;
import app.tillpoint.api.testing.TestPrinter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The queue between the slips and the printer: order, faults told once, waiting across a restart, never blocking. */
class PrintQueueTest {
    @TempDir
    Path dir;
    private final TestPrinter printer = new TestPrinter();
    private final List<String> heard = new CopyOnWriteArrayList<>();
    private final PrintQueue.Listener listener = new PrintQueue.Listener() {
        @Override
        public void fault(State state) {
            heard.add("fault " + state);
        }

        @Override
        public void back(int printed) {
            heard.add("back " + printed);
        }
    };

    @AfterEach
    void stop() {
        PrintQueue.stopAll();
    }

    private static PrintJob job(String text) {
        return PrintJob.builder().text(text).build();
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 10 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @Test
    void jobsArePrintedInTheOrderTheyCame() throws Exception {
        PrintQueue queue = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));

        queue.add("receipt", job("one"));
        queue.add("receipt", job("two"));
        queue.add("x-report", job("three"));

        waitFor(() -> printer.printed.size() == 3);
        assertThat(printer.printed).containsExactly(job("one"), job("two"), job("three"));
        waitFor(() -> waitingIs(queue, 0));
        assertThat(heard).isEmpty();
    }

    @Test
    void outOfPaperTheJobsWaitTheCashierIsToldOnceAndAllPrintWhenPaperIsBack() throws Exception {
        printer.state = State.PAPER_OUT;
        PrintQueue queue = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));

        queue.add("receipt", job("one"));
        queue.add("receipt", job("two"));
        Thread.sleep(500);

        assertThat(printer.printed).isEmpty();
        assertThat(queue.waiting()).isEqualTo(2);
        assertThat(heard).containsExactly("fault PAPER_OUT");

        printer.state = State.COVER_OPEN;
        waitFor(() -> heard.size() == 2);
        assertThat(heard).containsExactly("fault PAPER_OUT", "fault COVER_OPEN");

        printer.state = State.READY;
        waitFor(() -> heard.size() == 3);
        assertThat(printer.printed).containsExactly(job("one"), job("two"));
        assertThat(heard).containsExactly("fault PAPER_OUT", "fault COVER_OPEN", "back 2");
        assertThat(queue.waiting()).isZero();
    }

    @Test
    void theJobsWaitingSurviveARestartAndPrintAfterIt() throws Exception {
        printer.state = State.OFFLINE;
        PrintQueue before = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));
        before.add("receipt", job("one"));
        before.add("z-report", job("two"));
        waitFor(() -> heard.contains("fault OFFLINE"));
        PrintQueue.stopAll();

        TestPrinter after = new TestPrinter();
        PrintQueue restarted = PrintQueue.of(dir, after, listener, Duration.ofMillis(100));
        restarted.add("receipt", job("three"));

        waitFor(() -> after.printed.size() == 3);
        assertThat(after.printed).containsExactly(job("one"), job("two"), job("three"));
        assertThat(printer.printed).isEmpty();
    }

    @Test
    void aReceiptWaitingWithItsBarcodeSurvivesARestartAndPrintsItAfter() throws Exception {
        printer.state = State.OFFLINE;
        PrintJob receipt = PrintJob.builder().text("Order 42").barcode("TP42-7F3A0C").build();
        PrintQueue before = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));
        before.add("receipt", receipt);
        waitFor(() -> heard.contains("fault OFFLINE"));
        PrintQueue.stopAll();

        TestPrinter after = new TestPrinter();
        PrintQueue.of(dir, after, listener, Duration.ofMillis(100));

        waitFor(() -> after.printed.size() == 1);
        assertThat(after.printed).containsExactly(receipt);
        assertThat(after.printed.get(0).lines()).last().isEqualTo(new PrintJob.Barcode("TP42-7F3A0C"));
    }

    @Test
    void aPrinterThatHangsNeverHoldsUpWhoQueues() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ReceiptPrinter hanging = new ReceiptPrinter() {
            @Override
            public int columns() {
                return 48;
            }

            @Override
            public State state() {
                return State.READY;
            }

            @Override
            public void print(PrintJob job) throws PrinterException {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    throw new PrinterException(State.OFFLINE, "interrupted", e);
                }
            }

            @Override
            public DeviceStatus status() {
                return new DeviceStatus("Receipt printer", DeviceStatus.State.READY, "");
            }

            @Override
            public void close() {
            }
        };
        PrintQueue queue = PrintQueue.of(dir, hanging, listener, Duration.ofMillis(100));

        long start = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            queue.add("receipt", job("sale " + i));
        }

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(queue.waiting()).isEqualTo(20);
        release.countDown();
        waitFor(() -> waitingIs(queue, 0));
    }

    @Test
    void theLastReceiptIsKeptForAReprintAndAnEventsMarkSurvivesARestart() throws Exception {
        PrintQueue queue = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));
        assertThat(queue.lastReceipt()).isEmpty();
        assertThat(queue.eventMark()).isZero();

        queue.keepAsLastReceipt(job("receipt 7"));
        queue.markEvent(41);
        PrintQueue.stopAll();

        PrintQueue again = PrintQueue.of(dir, printer, listener, Duration.ofMillis(100));
        assertThat(again.lastReceipt()).contains(job("receipt 7"));
        assertThat(again.eventMark()).isEqualTo(41);
    }

    private static boolean waitingIs(PrintQueue queue, int count) {
        try {
            return queue.waiting() == count;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
