package app.tillpoint.api.device;

/** Receives what a {@link BadgeReader} reads. Called on the driver's own thread; must return quickly. */
public interface BadgeListener {

    /**
     * A complete badge code, cleaned of sentinels, prefixes, suffixes and control characters.
     *
     * @param code the code; not empty
     */
    void badge(String code);

    /**
     * The reader's state changed: connected, unplugged, sending garbage.
     *
     * @param status the reader's new state
     */
    void status(DeviceStatus status);
}
