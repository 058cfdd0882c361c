-- Version 14: refunds (issue 16). A refund is a negative order of the session open when it is given, linked to the
-- original order (of that session or an earlier one of the same terminal): `refunds` holds its negative total and the
-- method the money went back by, `refund_lines` the lines of the original given back, each with its negative amount.
-- The database refuses what the screens would never do: a line given back beyond what was sold (twice, or more than
-- its quantity), refunds adding up to more than the order's total, another terminal's order, a refund in a session
-- that is not open, an approval not issued for that refund; refunds are never changed or removed. `approvals` is
-- rebuilt to take the REFUND action.
-- tillpoint: foreign keys off
-- (approvals is copied out, dropped and made again under its own name, so the triggers naming it keep working.)

CREATE TABLE approvals_v12_copy AS SELECT * FROM approvals;

DROP TABLE approvals;

CREATE TABLE approvals (
    token         TEXT    PRIMARY KEY,
    action        TEXT    NOT NULL CHECK (action IN ('CASH_OUT', 'CLOSING_DIFFERENCE', 'OPENING_DIFFERENCE',
                                                      'RECOUNT', 'REFUND')),
    approver_id   INTEGER NOT NULL REFERENCES cashiers (id),
    asked_by      INTEGER NOT NULL REFERENCES cashiers (id),
    amount        INTEGER,
    currency      TEXT    CHECK (currency IS NULL OR length(currency) = 3),
    issued_at     INTEGER NOT NULL,
    used_at       INTEGER,
    self_approved INTEGER NOT NULL DEFAULT 0 CHECK (self_approved IN (0, 1)),
    -- Two people, unless the terminal's policy allowed a head cashier to approve their own action.
    CHECK (approver_id <> asked_by OR self_approved = 1),
    CHECK ((amount IS NULL) = (currency IS NULL))
) STRICT;

INSERT INTO approvals (token, action, approver_id, asked_by, amount, currency, issued_at, used_at, self_approved)
SELECT token, action, approver_id, asked_by, amount, currency, issued_at, used_at, self_approved
FROM approvals_v12_copy;

DROP TABLE approvals_v12_copy;

CREATE TRIGGER approvals_no_delete BEFORE DELETE ON approvals
BEGIN
    SELECT RAISE(ABORT, 'Approvals are never removed');
END;

CREATE TRIGGER approvals_used_once BEFORE UPDATE ON approvals
WHEN OLD.used_at IS NOT NULL OR NEW.used_at IS NULL OR NEW.token IS NOT OLD.token OR NEW.action IS NOT OLD.action
    OR NEW.approver_id IS NOT OLD.approver_id OR NEW.asked_by IS NOT OLD.asked_by OR NEW.amount IS NOT OLD.amount
    OR NEW.currency IS NOT OLD.currency OR NEW.issued_at IS NOT OLD.issued_at
    OR NEW.self_approved IS NOT OLD.self_approved
BEGIN
    SELECT RAISE(ABORT, 'An approval is used once, and is otherwise never changed');
END;

CREATE TABLE refunds (
    id              INTEGER PRIMARY KEY,
    order_id        INTEGER NOT NULL REFERENCES orders (id),
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    refunded_at     INTEGER NOT NULL,
    refunded_by     INTEGER NOT NULL REFERENCES cashiers (id),
    -- What went back, negative: a refund is a negative order.
    total           INTEGER NOT NULL CHECK (total <= 0),
    -- The payments' method it went back by ('CASH' out of the drawer); a column, so other methods need no rebuild.
    method          TEXT    NOT NULL CHECK (length(method) BETWEEN 1 AND 40),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    approved_by     INTEGER REFERENCES cashiers (id),
    approval_reason TEXT,
    approval_token  TEXT UNIQUE REFERENCES approvals (token),
    CHECK (approval_token IS NULL OR approved_by IS NOT NULL)
) STRICT;

CREATE INDEX refunds_by_session ON refunds (session_id);

CREATE INDEX refunds_by_order ON refunds (order_id);

CREATE TABLE refund_lines (
    refund_id INTEGER NOT NULL REFERENCES refunds (id),
    order_id  INTEGER NOT NULL,
    line_no   INTEGER NOT NULL,
    quantity  INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    -- The line's price times the quantity given back, negative.
    amount    INTEGER NOT NULL CHECK (amount <= 0),
    PRIMARY KEY (refund_id, line_no),
    FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
) STRICT;

CREATE INDEX refund_lines_by_line ON refund_lines (order_id, line_no);

CREATE TRIGGER refunds_in_open_session BEFORE INSERT ON refunds
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no refund may be added to it');
END;

CREATE TRIGGER refunds_of_this_terminal BEFORE INSERT ON refunds
WHEN (SELECT terminal_id FROM sessions WHERE id = NEW.session_id) IS NOT (SELECT s.terminal_id FROM orders o
    JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'Only an order of this terminal may be refunded on it');
END;

CREATE TRIGGER refunds_in_the_orders_currency BEFORE INSERT ON refunds
WHEN NEW.currency IS NOT (SELECT currency FROM orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'A refund is in the currency of its order');
END;

CREATE TRIGGER refunds_not_over_the_total BEFORE INSERT ON refunds
WHEN (SELECT coalesce(sum(-total), 0) FROM refunds WHERE order_id = NEW.order_id) - NEW.total
    > (SELECT total FROM orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'The refunds of an order cannot come to more than its total');
END;

CREATE TRIGGER refunds_approval_issued BEFORE INSERT ON refunds
WHEN NEW.approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.token = NEW.approval_token
    AND a.action = 'REFUND' AND a.approver_id = NEW.approved_by AND a.asked_by = NEW.refunded_by
    AND a.amount = -NEW.total)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this refund');
END;

CREATE TRIGGER refund_lines_of_the_refunds_order BEFORE INSERT ON refund_lines
WHEN NEW.order_id IS NOT (SELECT order_id FROM refunds WHERE id = NEW.refund_id)
BEGIN
    SELECT RAISE(ABORT, 'A refund gives back lines of its own order only');
END;

CREATE TRIGGER refund_lines_in_open_session BEFORE INSERT ON refund_lines
WHEN (SELECT s.state FROM refunds r JOIN sessions s ON s.id = r.session_id WHERE r.id = NEW.refund_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no refund line may be added to it');
END;

CREATE TRIGGER refund_lines_not_beyond_sold BEFORE INSERT ON refund_lines
WHEN (SELECT coalesce(sum(quantity), 0) FROM refund_lines WHERE order_id = NEW.order_id AND line_no = NEW.line_no)
    + NEW.quantity > (SELECT quantity FROM order_lines WHERE order_id = NEW.order_id AND line_no = NEW.line_no)
BEGIN
    SELECT RAISE(ABORT, 'A line cannot be refunded beyond what was sold');
END;

CREATE TRIGGER refund_lines_at_the_price_sold BEFORE INSERT ON refund_lines
WHEN NEW.amount IS NOT -(SELECT unit_price FROM order_lines WHERE order_id = NEW.order_id AND line_no = NEW.line_no)
    * NEW.quantity
BEGIN
    SELECT RAISE(ABORT, 'A refund line gives back the price it was sold at');
END;

CREATE TRIGGER refunds_no_update BEFORE UPDATE ON refunds
BEGIN
    SELECT RAISE(ABORT, 'Refunds are never changed');
END;

CREATE TRIGGER refunds_no_delete BEFORE DELETE ON refunds
BEGIN
    SELECT RAISE(ABORT, 'Refunds are never removed');
END;

CREATE TRIGGER refund_lines_no_update BEFORE UPDATE ON refund_lines
BEGIN
    SELECT RAISE(ABORT, 'Refund lines are never changed');
END;

CREATE TRIGGER refund_lines_no_delete BEFORE DELETE ON refund_lines
BEGIN
    SELECT RAISE(ABORT, 'Refund lines are never removed');
END;
