package app.tillpoint.api.terminal;

/** The routes of the screens the bundled plugins and the host provide. */
public final class Routes {
    /** The terminal card: the host's own screen. */
    public static final String DASHBOARD = "dashboard";
    /** Where a cashier identifies: badge-login's screen. */
    public static final String LOCK = "lock";
    /** The selling screen of an open session: selling's screen. */
    public static final String REGISTER = "register";

    private Routes() {
    }
}
