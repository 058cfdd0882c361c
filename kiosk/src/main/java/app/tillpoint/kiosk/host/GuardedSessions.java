package app.tillpoint.kiosk.host;

import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingCountRequest;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.NoOpenSessionException;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Sessions;

import java.util.List;
import java.util.Optional;

/**
 * The sessions as plugins reach them: every change with money is refused unless it is made in the name of the cashier
 * signed in at the till, who identified with a badge or a PIN; then the store decides. A plugin holds this, never the
 * store. Blocking: never on the event thread.
 */
public final class GuardedSessions implements Sessions {
    private final Sessions store;
    private final TillState till;

    public GuardedSessions(Sessions store, TillState till) {
        this.store = store;
        this.till = till;
    }

    @Override
    public Optional<Session> current() {
        return store.current();
    }

    @Override
    public Optional<LastClosing> lastClosing() {
        return store.lastClosing();
    }

    @Override
    public Session open(OpeningRequest request) throws SessionAlreadyOpenException, ApprovalRequiredException {
        till.requireAtTill(request.cashier(), "An opening");
        return store.open(request);
    }

    @Override
    public CashMove moveCash(CashMoveRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        till.requireAtTill(request.cashier(), "A cash move");
        return store.moveCash(request);
    }

    @Override
    public List<CashMove> cashMoves(long sessionId) {
        return store.cashMoves(sessionId);
    }

    @Override
    public SessionSummary summary(long sessionId) {
        return store.summary(sessionId);
    }

    @Override
    public ClosingCount recordClosingCount(ClosingCountRequest request) throws NoOpenSessionException,
            ApprovalRequiredException {
        till.requireAtTill(request.countedBy(), "A count of the drawer");
        return store.recordClosingCount(request);
    }

    @Override
    public List<ClosingCount> closingCounts(long sessionId) {
        return store.closingCounts(sessionId);
    }

    @Override
    public Closing close(ClosingRequest request) throws NoOpenSessionException, ApprovalRequiredException {
        till.requireAtTill(request.closedBy(), "A closing");
        return store.close(request);
    }

    @Override
    public Optional<Closing> closing(long sessionId) {
        return store.closing(sessionId);
    }
}
