package app.tillpoint.api.terminal;

/**
 * The append-only audit trail of the terminal. Never blocks: the host writes rows in the background, in order.
 * May be called from any thread.
 */
public interface Audit {

    /**
     * Records an event.
     *
     * @param event  a short dotted name, e.g. {@code "login.failed"}, {@code "drawer.kick"}; a plugin should prefix
     *               its own with its id
     * @param detail what a store manager reading the audit needs to know
     */
    void record(String event, String detail);
}
