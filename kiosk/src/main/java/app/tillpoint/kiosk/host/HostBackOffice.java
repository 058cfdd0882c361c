package app.tillpoint.kiosk.host;

import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.api.terminal.Subscription;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The back office link as plugins see it ({@link BackOffice}), fed by the kiosk from the office sender's state; its
 * listeners hear each change on the event thread. Thread-safe.
 */
public final class HostBackOffice implements BackOffice {
    private final List<Consumer<Link>> listeners = new CopyOnWriteArrayList<>();
    private volatile Link link = Link.NONE;

    @Override
    public Link link() {
        return link;
    }

    @Override
    public Subscription onChange(Consumer<Link> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The link stands at {@code now}; from any thread. Listeners hear of a change on the event thread. */
    public void update(Link now) {
        if (now == link) {
            return;
        }
        link = now;
        SwingUtilities.invokeLater(() -> {
            if (link == now) {
                for (Consumer<Link> listener : listeners) {
                    listener.accept(now);
                }
            }
        });
    }
}
