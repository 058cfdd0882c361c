package app.tillpoint.api.terminal;

import java.util.function.Consumer;

/**
 * The back office as this terminal sees it, read-only: whether the terminal's sessions, sales and cash moves reach the
 * office. The host's own sender decides; a plugin only looks (the register's header shows it as an icon). Listeners
 * are told on the event thread.
 *
 * @since 1.4
 */
public interface BackOffice {

    /** Where the link to the office stands. @since 1.4 */
    enum Link {
        /** This terminal has no back office. */
        NONE,
        /** Everything the terminal stored has arrived at the office. */
        SYNCED,
        /** Changes wait and are being sent: the last try worked, or none was made yet since the start. */
        SENDING,
        /** The last try failed (the network, the server): the changes wait safely on the terminal. */
        OFFLINE,
        /** The office refused this terminal (its login, its certificate, another machine with its id). */
        REFUSED
    }

    /**
     * Where the link stands now. Never blocks.
     *
     * @return the link's state; {@link Link#NONE} without a back office
     */
    Link link();

    /**
     * Tells {@code listener} each new state of the link, on the event thread, until the subscription is closed.
     *
     * @param listener told the new state when it changes
     * @return the subscription, to close when the screen is hidden
     */
    Subscription onChange(Consumer<Link> listener);

    /**
     * A terminal without a back office: {@link Link#NONE}, never changing.
     *
     * @return a back office that never changes
     */
    static BackOffice none() {
        return new BackOffice() {
            @Override
            public Link link() {
                return Link.NONE;
            }

            @Override
            public Subscription onChange(Consumer<Link> listener) {
                return () -> { };
            }
        };
    }
}
