package app.tillpoint.kiosk.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Tells others of a change once it is committed: a failing listener is logged, never undoes the change. */
final class AfterCommit {
    private static final Logger LOG = LoggerFactory.getLogger(AfterCommit.class);

    private AfterCommit() {
    }

    /** Runs {@code tell}; its failure is logged as about {@code what} ("order 12") and goes no further. */
    static void tell(String what, Runnable tell) {
        try {
            tell.run();
        } catch (RuntimeException e) {
            // The change is committed: a failing listener must not make the cashier believe otherwise.
            LOG.error("Telling others of {} failed", what, e);
        }
    }
}
