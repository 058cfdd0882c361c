package app.tillpoint.api;

/**
 * An expected answer rather than a failure: the host refused what was asked, changed nothing, and the message says
 * why in words fit for the cashier (no session is open, a head cashier must approve, a session is already open). The
 * host logs refusals as one line, not as errors. @since 1.2
 */
public abstract class Refusal extends Exception {
    /**
     * A refusal with its reason.
     *
     * @param message why nothing was done, in words fit for the cashier
     */
    protected Refusal(String message) {
        super(message);
    }
}
