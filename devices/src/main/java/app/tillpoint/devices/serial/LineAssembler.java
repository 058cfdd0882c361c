package app.tillpoint.devices.serial;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts the bytes of a serial badge reader into lines, whatever pieces they arrive in. A line that holds a byte outside
 * printable ASCII is garbage; a line not finished within the time-out is dropped. Pure logic: times are passed in.
 * Not thread-safe.
 */
public final class LineAssembler {

    /** What came out of the bytes so far. */
    public sealed interface Line permits Complete, Garbage, TimedOut {
    }

    /** A finished line of printable ASCII, without its terminator. */
    public record Complete(String text) implements Line {
    }

    /** A finished line with bytes that are not printable ASCII, e.g. the wrong baud rate or line noise. */
    public record Garbage(int length) implements Line {
    }

    /** A line that stopped before its terminator. */
    public record TimedOut(int length) implements Line {
    }

    private static final int MAX_LINE = 256;
    private final String terminator;
    private final long timeoutMillis;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private boolean garbage;
    private boolean lastWasCr;
    private long lastByteAt;

    /**
     * CR and LF bytes that do not end a line under the chosen terminator are ignored.
     *
     * @param terminator    {@code CR}, {@code LF}, {@code CRLF} or {@code any}
     * @param timeoutMillis how long an unfinished line may wait for its next byte
     */
    public LineAssembler(String terminator, long timeoutMillis) {
        this.terminator = terminator;
        this.timeoutMillis = timeoutMillis;
    }

    /** Takes {@code length} bytes received at {@code now}; returns the lines they finished. */
    public List<Line> accept(byte[] bytes, int length, long now) {
        List<Line> lines = new ArrayList<>(expire(now));
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            boolean cr = b == '\r';
            boolean lf = b == '\n';
            boolean ends = switch (terminator) {
                case "CR" -> cr;
                case "LF" -> lf;
                case "CRLF" -> lf && lastWasCr;
                default -> cr || (lf && !lastWasCr);
            };
            boolean partOfTerminator = cr || lf;
            lastWasCr = cr;
            if (ends) {
                finish(lines);
            } else if (!partOfTerminator) {
                add(b);
            }
        }
        if (line.size() > 0 || garbage) {
            lastByteAt = now;
        }
        return lines;
    }

    /** The unfinished line, if its time is up at {@code now}. */
    public List<Line> expire(long now) {
        if ((line.size() > 0 || garbage) && now - lastByteAt > timeoutMillis) {
            Line dropped = new TimedOut(line.size());
            reset();
            return List.of(dropped);
        }
        return List.of();
    }

    private void add(int b) {
        if (b < 0x20 || b > 0x7E) {
            garbage = true;
        }
        if (line.size() < MAX_LINE) {
            line.write(b);
        } else {
            garbage = true;
        }
    }

    private void finish(List<Line> lines) {
        if (garbage) {
            lines.add(new Garbage(line.size()));
        } else if (line.size() > 0) {
            lines.add(new Complete(line.toString(StandardCharsets.US_ASCII)));
        }
        reset();
    }

    private void reset() {
        line.reset();
        garbage = false;
    }
}
