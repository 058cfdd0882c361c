-- Version 21: a settlement total below zero. V18 let a method's expected total go below zero (a session that gave back
-- by card more than it took by card), but kept V15's CHECK (settled >= 0): the card terminal's own settlement of such
-- a day is below zero too, and typed as it reads it could not be stored, so the difference was a made-up one.
-- `session_settlements` is rebuilt without that check (copied out and made again under its name), rows and triggers
-- kept; the difference is still settled - expected.

CREATE TABLE session_settlements_v18_copy AS SELECT * FROM session_settlements;

DROP TABLE session_settlements;

CREATE TABLE session_settlements (
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    position        INTEGER NOT NULL CHECK (position >= 0),
    method          TEXT    NOT NULL CHECK (length(trim(method)) BETWEEN 1 AND 24),
    kind            TEXT    NOT NULL CHECK (kind IN ('CARD', 'UPI', 'OTHER')),
    expected        INTEGER NOT NULL,
    settled         INTEGER NOT NULL,
    difference      INTEGER NOT NULL CHECK (difference = settled - expected),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    approved_by     INTEGER REFERENCES cashiers (id),
    approval_reason TEXT,
    approval_token  TEXT    UNIQUE REFERENCES approvals (token),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, method),
    CHECK ((approved_by IS NULL) = (approval_token IS NULL))
) STRICT;

INSERT INTO session_settlements (session_id, position, method, kind, expected, settled, difference, currency,
                                 approved_by, approval_reason, approval_token)
SELECT session_id, position, method, kind, expected, settled, difference, currency, approved_by, approval_reason,
       approval_token
FROM session_settlements_v18_copy;

DROP TABLE session_settlements_v18_copy;

CREATE TRIGGER session_settlements_in_open_session BEFORE INSERT ON session_settlements
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no settlement may be added to it');
END;

CREATE TRIGGER session_settlements_expected BEFORE INSERT ON session_settlements
WHEN NEW.expected <> (SELECT coalesce(sum(p.amount), 0) FROM order_payments p JOIN orders o ON o.id = p.order_id
                      WHERE o.session_id = NEW.session_id AND p.method = NEW.method)
                   + (SELECT coalesce(sum(r.total), 0) FROM refunds r
                      WHERE r.session_id = NEW.session_id AND r.method = NEW.method)
BEGIN
    SELECT RAISE(ABORT, 'The expected total is what the session''s orders were paid in the method, less its refunds');
END;

CREATE TRIGGER session_settlements_approval_issued BEFORE INSERT ON session_settlements
WHEN NEW.approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.token = NEW.approval_token
    AND a.action = 'CLOSING_DIFFERENCE' AND a.approver_id = NEW.approved_by AND a.amount = NEW.difference)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this settlement''s difference');
END;

CREATE TRIGGER session_settlements_no_update BEFORE UPDATE ON session_settlements
BEGIN
    SELECT RAISE(ABORT, 'Settlements are never changed');
END;

CREATE TRIGGER session_settlements_no_delete BEFORE DELETE ON session_settlements
BEGIN
    SELECT RAISE(ABORT, 'Settlements are never removed');
END;
