package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The jobs waiting for the printer, as files in the plugin's data folder ({@code queue/<number>-<kind>.job}), printed
 * in order by one thread of their own ({@code tillpoint-receipts}), so that printing never holds up the register nor
 * the outbox's delivery. A job leaves the queue only once the printer took it: out of paper, cover open or offline,
 * it waits, tried again every few seconds and at once when another job or a reprint arrives; after a restart the
 * files are still there. The listener hears a fault once, when it begins, and when the queue is printed out again.
 *
 * <p>One queue per data folder: the host makes each extension of the plugin apart, and they share nothing else.
 */
final class PrintQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PrintQueue.class);
    private static final Map<Path, PrintQueue> QUEUES = new ConcurrentHashMap<>();
    private static final String LAST_RECEIPT = "last-receipt.job";
    private static final String EVENT_MARK = "event.mark";

    /** Hears the printer fail and come back; called on the queue's thread. */
    interface Listener {
        /** The printer stopped printing, for {@code state}; jobs wait. */
        void fault(ReceiptPrinter.State state);

        /** The printer printed every waiting job after a fault: {@code printed} of them. */
        void back(int printed);
    }

    private final Path folder;
    private final Path queue;
    private final ReceiptPrinter printer;
    private final Listener listener;
    private final Duration retry;
    private final Thread thread;
    private final Object nudge = new Object();
    /** A wake that came while the thread was not waiting yet: the next pause is skipped. Guarded by nudge. */
    private boolean woken;
    private volatile boolean running = true;
    private long next;

    private PrintQueue(Path folder, ReceiptPrinter printer, Listener listener, Duration retry) throws IOException {
        this.folder = folder;
        this.queue = Files.createDirectories(folder.resolve("queue"));
        this.printer = printer;
        this.listener = listener;
        this.retry = retry;
        try (Stream<Path> files = Files.list(queue)) {
            this.next = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".job"))
                    .mapToLong(n -> Long.parseLong(n.substring(0, n.indexOf('-')))).max().orElse(0) + 1;
        }
        this.thread = new Thread(this::run, "tillpoint-receipts");
        thread.setDaemon(true);
        thread.start();
    }

    /** The queue of {@code folder}, started at its first use with this printer and listener. */
    static PrintQueue of(Path folder, ReceiptPrinter printer, Listener listener, Duration retry) {
        return QUEUES.computeIfAbsent(folder.toAbsolutePath().normalize(), f -> {
            try {
                return new PrintQueue(f, printer, listener, retry);
            } catch (IOException e) {
                throw new UncheckedIOException("The print queue in " + f + " cannot be opened", e);
            }
        });
    }

    /** Stops every queue's thread; their files stay for the next start. */
    static void stopAll() {
        QUEUES.values().forEach(PrintQueue::close);
    }

    /** Puts {@code job} at the end of the queue, on disk before this returns; {@code kind} names the file. */
    synchronized void add(String kind, PrintJob job) throws IOException {
        JobFile.write(queue.resolve(String.format("%012d-%s.job", next++, kind)), job);
        wake();
    }

    /** Keeps {@code receipt} as the last receipt, for a reprint. */
    synchronized void keepAsLastReceipt(PrintJob receipt) throws IOException {
        JobFile.write(folder.resolve(LAST_RECEIPT), receipt);
    }

    /** The last receipt kept, if any. */
    synchronized Optional<PrintJob> lastReceipt() throws IOException {
        Path last = folder.resolve(LAST_RECEIPT);
        return Files.exists(last) ? Optional.of(JobFile.read(last)) : Optional.empty();
    }

    /** The sequence of the last outbox event whose slip was queued: an event delivered again is not printed twice. */
    synchronized long eventMark() throws IOException {
        Path mark = folder.resolve(EVENT_MARK);
        return Files.exists(mark) ? Long.parseLong(Files.readString(mark, StandardCharsets.UTF_8).strip()) : 0;
    }

    synchronized void markEvent(long sequence) throws IOException {
        Path temp = folder.resolve(EVENT_MARK + ".tmp");
        Files.writeString(temp, Long.toString(sequence), StandardCharsets.UTF_8);
        Files.move(temp, folder.resolve(EVENT_MARK), java.nio.file.StandardCopyOption.ATOMIC_MOVE,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The jobs waiting, the one being printed included. */
    int waiting() throws IOException {
        try (Stream<Path> files = Files.list(queue)) {
            return (int) files.filter(f -> f.toString().endsWith(".job")).count();
        }
    }

    /** Tries the printer now rather than after the pause. */
    void wake() {
        synchronized (nudge) {
            woken = true;
            nudge.notifyAll();
        }
    }

    @Override
    public void close() {
        running = false;
        QUEUES.remove(folder, this);
        thread.interrupt();
        try {
            thread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Optional<Path> oldest() throws IOException {
        try (Stream<Path> files = Files.list(queue)) {
            return files.filter(f -> f.toString().endsWith(".job")).sorted().findFirst();
        }
    }

    private void run() {
        ReceiptPrinter.State fault = null;
        int printedSinceFault = 0;
        while (running) {
            try {
                Optional<Path> file = oldest();
                if (file.isEmpty()) {
                    if (fault != null) {
                        listener.back(printedSinceFault);
                        fault = null;
                    }
                    pause(Duration.ofMinutes(1));
                    continue;
                }
                PrintJob job;
                try {
                    job = JobFile.read(file.get());
                } catch (IOException | RuntimeException unreadable) {
                    LOG.error("Print job {} cannot be read; set aside as .bad", file.get(), unreadable);
                    Files.move(file.get(), file.get().resolveSibling(file.get().getFileName() + ".bad"));
                    continue;
                }
                try {
                    printer.print(job);
                    Files.delete(file.get());
                    if (fault != null) {
                        printedSinceFault++;
                    }
                } catch (PrinterException e) {
                    if (fault != e.state()) {
                        LOG.warn("Receipt printer: {}; {} job(s) wait", e.getMessage(), waiting());
                        if (fault == null) {
                            printedSinceFault = 0;
                        }
                        fault = e.state();
                        listener.fault(fault);
                    }
                    pause(retry);
                }
            } catch (IOException e) {
                LOG.error("The print queue in {} failed", queue, e);
                pause(retry);
            } catch (RuntimeException e) {
                // A listener's or a driver's bug must not end the queue: the jobs would wait for ever.
                LOG.error("The print queue in {} failed", queue, e);
                pause(retry);
            }
        }
    }

    private void pause(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (nudge) {
            try {
                long left = wait.toMillis();
                while (!woken && running && left > 0) {
                    nudge.wait(left);
                    left = (deadline - System.nanoTime()) / 1_000_000;
                }
            } catch (InterruptedException e) {
                running = false;
            }
            woken = false;
        }
    }
}
