package app.tillpoint.devices;

import java.util.Optional;

/**
 * Turns what a reader sends into a badge code: removes the configured prefix and suffix (outside or inside the
 * track) and the magnetic-stripe sentinels ({@code %…?} track 1, {@code ;…?} track 2; track 2 wins when both are there), trims spaces, and refuses
 * codes that are too short or hold a control character.
 */
public final class BadgeCleaner {
    private final String prefix;
    private final String suffix;
    private final int minLength;
    private final boolean tracks;

    public BadgeCleaner(String prefix, String suffix, int minLength) {
        this(prefix, suffix, minLength, true);
    }

    /** @param tracks whether magnetic-stripe sentinels are removed (badges), or the code kept as sent (barcodes) */
    public BadgeCleaner(String prefix, String suffix, int minLength, boolean tracks) {
        this.prefix = prefix == null ? "" : prefix;
        this.suffix = suffix == null ? "" : suffix;
        this.minLength = minLength;
        this.tracks = tracks;
    }

    public static BadgeCleaner of(BadgeReaderConfig config) {
        return new BadgeCleaner(config.prefix(), config.suffix(), config.minLength());
    }

    /** The clean code, or empty when {@code raw} is not a badge. */
    public Optional<String> clean(String raw) {
        // The prefix and suffix may surround the track or sit inside its sentinels, depending on the reader.
        String code = tracks ? stripAffixes(stripSentinels(stripAffixes(raw.strip())).strip())
                : stripAffixes(raw.strip()).strip();
        if (code.length() < minLength || code.chars().anyMatch(BadgeCleaner::notPrintable)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** Whether a character may appear in a badge code: no control characters, no replacement character. */
    public static boolean notPrintable(int c) {
        return Character.isISOControl(c) || c == '\uFFFD' || Character.getType(c) == Character.FORMAT;
    }

    private String stripAffixes(String code) {
        if (!prefix.isEmpty() && code.startsWith(prefix)) {
            code = code.substring(prefix.length());
        }
        if (!suffix.isEmpty() && code.endsWith(suffix)) {
            code = code.substring(0, code.length() - suffix.length());
        }
        return code;
    }

    private static String stripSentinels(String code) {
        String track2 = track(code, ';');
        if (track2 != null) {
            return track2;
        }
        String track1 = track(code, '%');
        return track1 != null ? track1 : code;
    }

    /** The data between {@code start} and the next {@code ?}, or null when there is no such track. */
    private static String track(String code, char start) {
        int from = code.indexOf(start);
        if (from < 0) {
            return null;
        }
        int end = code.indexOf('?', from + 1);
        if (end < 0) {
            return null;
        }
        return code.substring(from + 1, end);
    }
}
