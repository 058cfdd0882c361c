package app.tillpoint.kiosk.host;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ApprovalRequest;
import app.tillpoint.api.session.Approvals;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.kiosk.store.SqlApprovals;
import app.tillpoint.kiosk.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The host's approvals: a head cashier identifies on the lock screen (badge or PIN), the host checks that it issued
 * that identification and that the approver is not the cashier who asked (unless the terminal allows
 * self-approval), then stores the approval and hands it over. The store accepts it once, for that action and amount.
 * Event thread; the approval is stored in the background.
 */
public final class HostApprovals implements Approvals {
    private static final Logger LOG = LoggerFactory.getLogger(HostApprovals.class);

    private final Supplier<KioskContext> kiosk;
    private final Identifications identifications;
    private final SqlApprovals store;
    private final TerminalPolicy policy;
    private final Texts texts;

    /**
     * Approvals issued on this terminal.
     *
     * @param kiosk the context, once built: it gives the lock screen, the navigator and the background tasks
     * @param texts what the cashier reads, in the terminal's language
     */
    public HostApprovals(Supplier<KioskContext> kiosk, Identifications identifications, SqlApprovals store,
                         TerminalPolicy policy, Texts texts) {
        this.kiosk = kiosk;
        this.identifications = identifications;
        this.store = store;
        this.policy = policy;
        this.texts = texts;
    }

    @Override
    public void ask(ApprovalRequest request, Consumer<Optional<Approval>> done) {
        KioskContext context = kiosk.get();
        context.identify(CashierAuthenticator.Request.headCashier(request.purpose()), identified -> {
            if (identified.isEmpty()) {
                done.accept(Optional.empty());
                return;
            }
            Identification head = identified.get();
            Optional<String> refusal = refusal(head, request);
            if (refusal.isPresent()) {
                context.audit().record("approval.refused", refusal.get() + " (" + request.purpose() + ")");
                context.navigator().message(texts.get("approval.nothingApproved", refusal.get()));
                done.accept(Optional.empty());
                return;
            }
            boolean self = head.cashier().id() == request.askedBy().id();
            context.background(() -> store.issue(head.cashier(), request, self),
                    approval -> done.accept(Optional.of(approval)),
                    failure -> {
                        LOG.error("Could not store the approval of {}", request.purpose(), failure);
                        context.navigator().message(texts.get("approval.notStored", failure.getMessage()));
                        done.accept(Optional.empty());
                    });
        });
    }

    /** Why {@code head} cannot approve {@code request}, if they cannot. */
    private Optional<String> refusal(Identification head, ApprovalRequest request) {
        if (!identifications.take(head)) {
            return Optional.of(texts.get("approval.notIssued", head.cashier().name()));
        }
        if (!head.cashier().isHeadCashier()) {
            return Optional.of(texts.get("approval.notHead", head.cashier().name()));
        }
        if (head.cashier().id() == request.askedBy().id() && !policy.selfApproval()) {
            return Optional.of(texts.get("approval.self", head.cashier().name()));
        }
        return Optional.empty();
    }
}
