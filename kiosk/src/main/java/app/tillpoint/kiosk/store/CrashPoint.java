package app.tillpoint.kiosk.store;

/**
 * Named points where a test may make the process die at once, as a power cut would: the crash tests start a kiosk
 * in a process of its own with {@code -Dtillpoint.crashAt=<point>} and check what the next start finds. Without the
 * property nothing happens.
 */
public final class CrashPoint {
    /** The system property naming the point at which to die. */
    public static final String PROPERTY = "tillpoint.crashAt";

    private CrashPoint() {
    }

    /** Dies here, without any shutdown hook or flush, if the test asked for this point. */
    public static void reached(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(99);
        }
    }
}
