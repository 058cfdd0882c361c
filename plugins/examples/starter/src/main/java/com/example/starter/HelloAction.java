package com.example.starter;

import app.tillpoint.api.DashboardAction;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.Session;
import org.pf4j.Extension;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A Hello button on the dashboard while no session is open. Each tap adds one to a count kept in the plugin's data
 * folder, which survives the plugin's upgrades, writes an audit row, and tells the cashier the count.
 */
@Extension
public class HelloAction implements DashboardAction {
    /** The count's file in {@link KioskContext#pluginData()}. */
    static final String TAPS_FILE = "taps.txt";

    private final KioskContext context;

    public HelloAction(KioskContext context) {
        this.context = context;
    }

    @Override
    public String id() {
        return "starter.hello"; // the button is named dashboard.action.starter.hello
    }

    @Override
    public String label() {
        return "Hello";
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public boolean offeredFor(Optional<Session> openSession) {
        return openSession.isEmpty();
    }

    @Override
    public void perform() {
        // Files are I/O: off the event thread, and the answer comes back on it.
        context.background(this::countTap,
                taps -> context.navigator().message("Hello from the starter plugin: tap number " + taps),
                failure -> context.navigator().message("The starter plugin could not count: " + failure.getMessage()));
    }

    private long countTap() throws IOException {
        Path file = context.pluginData().resolve(TAPS_FILE);
        long taps = 1 + (Files.isRegularFile(file) ? Long.parseLong(Files.readString(file).trim()) : 0);
        Files.writeString(file, Long.toString(taps), StandardCharsets.UTF_8);
        context.audit().record("starter.hello", "tapped " + taps + " times");
        return taps;
    }
}
