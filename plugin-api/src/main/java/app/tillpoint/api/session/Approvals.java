package app.tillpoint.api.session;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Asks a head cashier, on this terminal's screen, to approve what a cashier may not do alone. Provided by the host,
 * which issues the {@link Approval} only after a head cashier identified with a badge or PIN, who is not the cashier
 * who asked (unless the terminal's policy allows self-approval). Event thread only. @since 1.2
 */
public interface Approvals {

    /**
     * Shows the lock screen for a head cashier, then calls {@code done} on the event thread with the approval, or
     * empty when nobody approved (cancelled, or refused: the cashier is told why). The caller then shows the screen it
     * wants; the lock screen is left when {@code done} runs.
     *
     * @param request what is to be approved, for whom and for how much; its purpose is shown on the lock screen
     * @param done    called once, on the event thread: an approval the host issued for the request's action and
     *                amount, or empty
     */
    void ask(ApprovalRequest request, Consumer<Optional<Approval>> done);
}
