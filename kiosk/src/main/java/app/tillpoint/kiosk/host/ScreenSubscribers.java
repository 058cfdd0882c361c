package app.tillpoint.kiosk.host;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The subscriptions to a scanner's codes, each made by a plugin or by the host, and the rule both hubs deliver by: a
 * code goes to the subscriptions of the owner of the screen shown, and to nobody else ({@link BadgeHub},
 * {@link ProductHub}). Subscribing and unsubscribing from any thread; delivering on the event thread.
 */
final class ScreenSubscribers {
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();

    /** One subscription: the plugin that made it (empty: the host) and where the codes go. */
    private record Subscriber(Optional<String> owner, Consumer<String> onCode) {
    }

    /**
     * Adds {@code onCode} for {@code owner} (empty: the host).
     *
     * @return what ends the subscription
     */
    Runnable add(Optional<String> owner, Consumer<String> onCode) {
        Subscriber subscriber = new Subscriber(owner, onCode);
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }

    /**
     * Hands {@code code} to the subscriptions of {@code shownScreenOwner}.
     *
     * @return whether any took it
     */
    boolean deliver(Optional<String> shownScreenOwner, String code) {
        boolean taken = false;
        for (Subscriber subscriber : subscribers) {
            if (subscriber.owner().equals(shownScreenOwner)) {
                subscriber.onCode().accept(code);
                taken = true;
            }
        }
        return taken;
    }
}
