package app.tillpoint.kiosk.store;

import app.tillpoint.api.session.ApprovalRequiredException;
import app.tillpoint.api.session.NoOpenSessionException;

/** A refusal found inside a transaction, carried out of it (which rolls it back) as an unchecked exception. */
final class Refused extends RuntimeException {
    final NoOpenSessionException noOpenSession;
    final ApprovalRequiredException approvalRequired;

    Refused(NoOpenSessionException noOpenSession) {
        super(noOpenSession.getMessage(), null, false, false);
        this.noOpenSession = noOpenSession;
        this.approvalRequired = null;
    }

    Refused(ApprovalRequiredException approvalRequired) {
        super(approvalRequired.getMessage(), null, false, false);
        this.noOpenSession = null;
        this.approvalRequired = approvalRequired;
    }

    static Refused noOpenSession() {
        return new Refused(new NoOpenSessionException());
    }

    /** Throws the refusal carried, as the checked exception the service declares. */
    void rethrow() throws NoOpenSessionException, ApprovalRequiredException {
        if (noOpenSession != null) {
            throw noOpenSession;
        }
        throw approvalRequired;
    }
}
