package app.tillpoint.devices;

/**
 * What a code reader's driver reads: badges for the lock screen, or product barcodes for the register. The drivers
 * are the same (keyboard wedge, serial, JavaPOS, simulated); the name in their status and how a code is cleaned differ.
 */
public enum Reads {
    /** Badge codes: magnetic-stripe sentinels removed. */
    BADGES("Badge reader", true),
    /** Product barcodes: kept as scanned (a Code 128 may hold {@code ;} or {@code ?}). */
    PRODUCTS("Product scanner", false);

    private final String device;
    private final boolean tracks;

    Reads(String device, boolean tracks) {
        this.device = device;
        this.tracks = tracks;
    }

    /** The device's name in its status, e.g. "Product scanner". */
    public String device() {
        return device;
    }

    /** The cleaner of what a reader configured with {@code config} sends. */
    public BadgeCleaner cleaner(BadgeReaderConfig config) {
        return new BadgeCleaner(config.prefix(), config.suffix(), config.minLength(), tracks);
    }
}
