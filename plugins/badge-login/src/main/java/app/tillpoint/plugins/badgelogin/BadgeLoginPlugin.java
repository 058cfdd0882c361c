package app.tillpoint.plugins.badgelogin;

import org.pf4j.Plugin;

/** The pf4j plugin of badge-login: no life-cycle work; its extensions do everything. */
public class BadgeLoginPlugin extends Plugin {
}
