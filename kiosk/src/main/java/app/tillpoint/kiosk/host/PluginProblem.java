package app.tillpoint.kiosk.host;

import java.util.Objects;

/**
 * A plugin that could not be used, or failed and was kept, and why: failed to load, built for another API, a missing
 * dependency, an extension that threw or held the event thread. Logged and audited; what else the kiosk does depends
 * on the {@link Outcome}.
 *
 * @param pluginId the plugin's id, or its folder name when no descriptor could be read
 * @param reason   what went wrong, in one sentence a store manager can act on
 * @param outcome  what the host did about it
 */
public record PluginProblem(String pluginId, String reason, Outcome outcome) {
    /** What the host did about a plugin's problem. */
    public enum Outcome {
        /** Disabled for the rest of the run, or never started: named on the dashboard, reported once. */
        DISABLED("plugin.failed"),
        /** A core plugin failed and is kept: the cashier is told, and the screen goes back to the dashboard. */
        RECOVERED("plugin.recovered"),
        /** A core plugin held the event thread; it is kept, and its screen goes on once it lets go. */
        SLOW("plugin.slow");

        private final String auditEvent;

        Outcome(String auditEvent) {
            this.auditEvent = auditEvent;
        }
    }

    public PluginProblem {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** A plugin disabled, or never started. */
    public PluginProblem(String pluginId, String reason) {
        this(pluginId, reason, Outcome.DISABLED);
    }

    /** "Plugin bad-one disabled: it needs plugin API >=2.0.0, this kiosk has 1.0.0", and so on for each outcome. */
    public String describe() {
        return switch (outcome) {
            case DISABLED -> "Plugin " + pluginId + " disabled: " + reason;
            case RECOVERED -> "Plugin " + pluginId + " failed and is kept running (a core plugin): " + reason;
            case SLOW -> "Plugin " + pluginId + " is slow, kept running (a core plugin): " + reason;
        };
    }

    /** The audit's event for it: {@code plugin.failed}, {@code plugin.recovered} or {@code plugin.slow}. */
    public String auditEvent() {
        return outcome.auditEvent;
    }
}
