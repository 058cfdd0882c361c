package app.tillpoint.devices.serial;

import com.fazecast.jSerialComm.SerialPort;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A pair of connected pseudo-terminals made by {@code socat}, reached through the links {@code A} (the device side,
 * for the driver) and {@code B} (the test's side, the "reader" or "printer"). Can be killed and started again to
 * unplug and replug the device. Fails the test, clearly, when socat is not installed.
 */
public final class SocatPair implements AutoCloseable {
    private final Path a;
    private final Path b;
    private Process socat;
    private SerialPort peer;

    public SocatPair(Path dir) {
        this.a = dir.resolve("A");
        this.b = dir.resolve("B");
    }

    /** The path the driver opens. */
    public String devicePath() {
        return a.toString();
    }

    /** Starts socat and waits until both links exist, then opens the test's end. */
    public SocatPair start() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("socat", "-d", "-d",
            "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b).redirectErrorStream(true)
            .redirectOutput(a.resolveSibling("socat.log").toFile());
        try {
            socat = builder.start();
        } catch (IOException e) {
            fail("The serial tests need socat to make pseudo-terminal pairs; install it (apt-get install socat): "
                + e.getMessage());
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!socat.isAlive()) {
                fail("socat stopped at once: " + Files.readString(a.resolveSibling("socat.log")));
            }
            if (System.nanoTime() > deadline) {
                fail("socat did not make its pseudo-terminals within 10 s");
            }
            Thread.sleep(20);
        }
        peer = SerialPort.getCommPort(b.toString());
        if (!peer.openPort()) {
            fail("The test's end of the socat pair could not be opened: " + b);
        }
        peer.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, 100, 0);
        return this;
    }

    /** Unplugs the device: socat stops and both pseudo-terminals disappear. */
    public void kill() throws InterruptedException {
        if (peer != null) {
            peer.closePort();
            peer = null;
        }
        if (socat != null) {
            socat.destroy();
            if (!socat.waitFor(5, TimeUnit.SECONDS)) {
                socat.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
            socat = null;
        }
    }

    /** Sends bytes from the device to the driver. */
    public void send(byte[] bytes) {
        if (peer.writeBytes(bytes, bytes.length) != bytes.length) {
            fail("Writing to the socat pair failed");
        }
    }

    public void send(String ascii) {
        send(ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Reads what the driver sent, until {@code count} bytes or {@code millis} have passed. */
    public byte[] receive(int count, long millis) {
        byte[] buffer = new byte[count];
        int got = 0;
        long deadline = System.currentTimeMillis() + millis;
        while (got < count && System.currentTimeMillis() < deadline) {
            // Reads only what is there: a blocking native read once hung a whole build on a busy machine.
            int available = peer.bytesAvailable();
            if (available < 0) {
                break;
            }
            if (available == 0) {
                LockSupport.parkNanos(5_000_000);
                continue;
            }
            byte[] chunk = new byte[Math.min(available, count - got)];
            int n = peer.readBytes(chunk, chunk.length);
            if (n > 0) {
                System.arraycopy(chunk, 0, buffer, got, n);
                got += n;
            }
        }
        return java.util.Arrays.copyOf(buffer, got);
    }

    @Override
    public void close() {
        try {
            kill();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
