package app.tillpoint.api.testing;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A badge reader in the test's hand: it knows who listens, and scans on request. Event thread only. */
public final class TestBadgeScans implements BadgeScans {
    private final List<Consumer<String>> listening = new ArrayList<>();
    private final List<Consumer<String>> ever = new ArrayList<>();

    @Override
    public Subscription subscribe(Consumer<String> onBadge) {
        listening.add(onBadge);
        ever.add(onBadge);
        return () -> listening.remove(onBadge);
    }

    @Override
    public DeviceStatus readerStatus() {
        return new DeviceStatus("Badge reader", DeviceStatus.State.SIMULATED, "");
    }

    /** How many subscriptions are open now. */
    public int listeners() {
        return listening.size();
    }

    /** A badge scanned: delivered to whoever listens now. */
    public void scan(String code) {
        List.copyOf(listening).forEach(listener -> listener.accept(code));
    }

    /** A badge that was already on its way to every listener there ever was, closed or not. */
    public void lateScan(String code) {
        List.copyOf(ever).forEach(listener -> listener.accept(code));
    }
}
