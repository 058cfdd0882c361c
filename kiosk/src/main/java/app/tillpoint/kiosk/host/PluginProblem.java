package app.tillpoint.kiosk.host;

import java.util.Objects;

/**
 * A plugin that could not be used, and why: failed to load, built for another API, a missing dependency, or an
 * extension that threw. Shown on the dashboard, logged and audited.
 *
 * @param pluginId the plugin's id, or its folder name when no descriptor could be read
 * @param reason   what went wrong, in one sentence a store manager can act on
 */
public record PluginProblem(String pluginId, String reason) {
    public PluginProblem {
        Objects.requireNonNull(pluginId, "pluginId");
        Objects.requireNonNull(reason, "reason");
    }

    /** "Plugin bad-one disabled: it needs plugin API >=2.0.0, this kiosk has 1.0.0". */
    public String describe() {
        return "Plugin " + pluginId + " disabled: " + reason;
    }
}
