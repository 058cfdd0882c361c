package app.tillpoint.plugins.sessionopening;

import org.pf4j.Plugin;

/** The pf4j plugin of session-opening: no life-cycle work; its extensions do everything. */
public class SessionOpeningPlugin extends Plugin {
}
