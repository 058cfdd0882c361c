package app.tillpoint.plugins.sessionclosing;

import org.pf4j.Plugin;

/** The pf4j plugin of session-closing: no life-cycle work; its extensions do everything. */
public class SessionClosingPlugin extends Plugin {
}
