package app.tillpoint.api.testing;

import app.tillpoint.api.terminal.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A scanning device in the test's hand (a badge reader, a product scanner): it knows who listens, and scans on
 * request. Event thread only.
 */
public abstract class TestScans {
    private final List<Consumer<String>> listening = new ArrayList<>();
    private final List<Consumer<String>> ever = new ArrayList<>();

    TestScans() {
    }

    /**
     * Listens until the subscription is closed, as the host's scans do.
     *
     * @param onCode called with each code scanned
     * @return the subscription, to close
     */
    public Subscription subscribe(Consumer<String> onCode) {
        listening.add(onCode);
        ever.add(onCode);
        return () -> listening.remove(onCode);
    }

    /** How many subscriptions are open now. */
    public int listeners() {
        return listening.size();
    }

    /** A code scanned: delivered to whoever listens now. */
    public void scan(String code) {
        List.copyOf(listening).forEach(listener -> listener.accept(code));
    }

    /** A code that was already on its way to every listener there ever was, closed or not. */
    public void lateScan(String code) {
        List.copyOf(ever).forEach(listener -> listener.accept(code));
    }
}
