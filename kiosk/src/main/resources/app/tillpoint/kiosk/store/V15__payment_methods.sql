-- Version 15: payment methods (issue 16). An order's payments, one row per method in the order taken, are stored in
-- the order's transaction BEFORE the order's own row (their key to it is checked at the commit), so that the order's
-- row can be refused unless its payments add up: payments = total + change, change only from cash, what other methods
-- paid at most the total, the drawer kicked exactly when cash is involved. Once the order is stored nothing is added to
-- its payments, and nothing of them changes. The cash payments of V3's `payments` are copied here; that table takes no
-- more rows.

CREATE TABLE order_payments (
    id            INTEGER PRIMARY KEY,
    order_id      INTEGER NOT NULL REFERENCES orders (id) DEFERRABLE INITIALLY DEFERRED,
    position      INTEGER NOT NULL CHECK (position >= 0),
    method        TEXT    NOT NULL CHECK (length(trim(method)) BETWEEN 1 AND 24),
    kind          TEXT    NOT NULL CHECK (kind IN ('CASH', 'CARD', 'UPI', 'OTHER')),
    amount        INTEGER NOT NULL CHECK (amount >= 0),
    currency      TEXT    NOT NULL CHECK (length(currency) = 3),
    approval_code TEXT    CHECK (approval_code IS NULL OR (length(approval_code) BETWEEN 4 AND 12
                                 AND approval_code NOT GLOB '*[^A-Za-z0-9]*')),
    last_four     TEXT    CHECK (last_four IS NULL OR (length(last_four) = 4 AND last_four NOT GLOB '*[^0-9]*')),
    reference     TEXT    CHECK (reference IS NULL OR (length(reference) BETWEEN 1 AND 35
                                 AND reference NOT GLOB '*[^A-Za-z0-9-]*')),
    vpa           TEXT    CHECK (vpa IS NULL OR vpa GLOB '?*@?*'),
    payee         TEXT    CHECK (payee IS NULL OR length(trim(payee)) >= 1),
    UNIQUE (order_id, position),
    UNIQUE (order_id, method),
    -- A card keeps its approval code and last four digits; nothing else has them.
    CHECK ((kind = 'CARD') = (approval_code IS NOT NULL)),
    CHECK ((kind = 'CARD') = (last_four IS NOT NULL)),
    CHECK (kind <> 'CARD' OR reference IS NULL),
    -- UPI keeps the VPA paid to and the payee's name, as the QR code carried them.
    CHECK ((kind = 'UPI') = (vpa IS NOT NULL)),
    CHECK ((kind = 'UPI') = (payee IS NOT NULL))
) STRICT;

INSERT INTO order_payments (order_id, position, method, kind, amount, currency)
SELECT order_id, 0, 'Cash', 'CASH', tendered, currency FROM payments WHERE tendered > 0 ORDER BY id;

CREATE TRIGGER payments_v3_closed BEFORE INSERT ON payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are stored in order_payments since version 12');
END;

CREATE TRIGGER order_payments_before_order BEFORE INSERT ON order_payments
WHEN EXISTS (SELECT 1 FROM orders WHERE id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'An order''s payments are stored with it: none is added to a stored order');
END;

CREATE TRIGGER order_payments_no_update BEFORE UPDATE ON order_payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are never changed');
END;

CREATE TRIGGER order_payments_no_delete BEFORE DELETE ON order_payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are never removed');
END;

-- Whether the sale opened the drawer: only when cash was handed over. Every order before this version was cash.
ALTER TABLE orders ADD COLUMN drawer_kick INTEGER NOT NULL DEFAULT 1 CHECK (drawer_kick IN (0, 1));

-- SQLite fires a table's triggers newest first: the most basic rule is created last, so its message is the one said.
CREATE TRIGGER orders_drawer_kick BEFORE INSERT ON orders
WHEN NEW.drawer_kick <> EXISTS (SELECT 1 FROM order_payments WHERE order_id = NEW.id AND kind = 'CASH')
BEGIN
    SELECT RAISE(ABORT, 'The drawer opens when cash is involved, and only then');
END;

CREATE TRIGGER orders_payments_currency BEFORE INSERT ON orders
WHEN EXISTS (SELECT 1 FROM order_payments WHERE order_id = NEW.id AND currency <> NEW.currency)
BEGIN
    SELECT RAISE(ABORT, 'A payment is not in the order''s currency');
END;

CREATE TRIGGER orders_change_from_cash BEFORE INSERT ON orders
WHEN NEW.change_given > (SELECT coalesce(sum(amount), 0) FROM order_payments WHERE order_id = NEW.id
                         AND kind = 'CASH')
BEGIN
    SELECT RAISE(ABORT, 'Change is given from cash only');
END;

CREATE TRIGGER orders_paid BEFORE INSERT ON orders
WHEN NEW.tendered <> (SELECT coalesce(sum(amount), 0) FROM order_payments WHERE order_id = NEW.id)
BEGIN
    SELECT RAISE(ABORT, 'The order''s payments do not add up to its total and change');
END;

-- The settlement of each payment method other than cash at closing: stored in the closing's transaction, before the
-- session is marked closed, and never changed.
CREATE TABLE session_settlements (
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    position        INTEGER NOT NULL CHECK (position >= 0),
    method          TEXT    NOT NULL CHECK (length(trim(method)) BETWEEN 1 AND 24),
    kind            TEXT    NOT NULL CHECK (kind IN ('CARD', 'UPI', 'OTHER')),
    expected        INTEGER NOT NULL CHECK (expected >= 0),
    settled         INTEGER NOT NULL CHECK (settled >= 0),
    difference      INTEGER NOT NULL CHECK (difference = settled - expected),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    approved_by     INTEGER REFERENCES cashiers (id),
    approval_reason TEXT,
    approval_token  TEXT    UNIQUE REFERENCES approvals (token),
    PRIMARY KEY (session_id, position),
    UNIQUE (session_id, method),
    CHECK ((approved_by IS NULL) = (approval_token IS NULL))
) STRICT;

CREATE TRIGGER session_settlements_in_open_session BEFORE INSERT ON session_settlements
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no settlement may be added to it');
END;

CREATE TRIGGER session_settlements_expected BEFORE INSERT ON session_settlements
WHEN NEW.expected <> (SELECT coalesce(sum(p.amount), 0) FROM order_payments p JOIN orders o ON o.id = p.order_id
                      WHERE o.session_id = NEW.session_id AND p.method = NEW.method)
BEGIN
    SELECT RAISE(ABORT, 'The expected total is what the session''s orders were paid in the method');
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
