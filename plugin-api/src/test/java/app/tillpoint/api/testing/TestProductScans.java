package app.tillpoint.api.testing;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.ProductScans;
import app.tillpoint.api.terminal.Subscription;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A product scanner in the test's hand: it knows who listens, and scans on request. Event thread only. */
public final class TestProductScans implements ProductScans {
    private final List<Consumer<String>> listening = new ArrayList<>();
    private final List<Consumer<String>> ever = new ArrayList<>();

    @Override
    public Subscription subscribe(Consumer<String> onCode) {
        listening.add(onCode);
        ever.add(onCode);
        return () -> listening.remove(onCode);
    }

    @Override
    public DeviceStatus scannerStatus() {
        return new DeviceStatus("Product scanner", DeviceStatus.State.SIMULATED, "");
    }

    /** How many subscriptions are open now. */
    public int listeners() {
        return listening.size();
    }

    /** A barcode scanned: delivered to whoever listens now. */
    public void scan(String code) {
        List.copyOf(listening).forEach(listener -> listener.accept(code));
    }

    /** A barcode that was already on its way to every listener there ever was, closed or not. */
    public void lateScan(String code) {
        List.copyOf(ever).forEach(listener -> listener.accept(code));
    }
}
