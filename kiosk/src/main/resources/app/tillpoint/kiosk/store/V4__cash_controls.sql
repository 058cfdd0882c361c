-- Version 4: cash controls. The money tables are rebuilt STRICT, with triggers that refuse what the screens would
-- never do: no order, payment, cash move or count for a session that is not open; no change or removal of orders,
-- their lines, payments, cash moves and counts; a closed session never changes. Approvals are issued by the host
-- (one row each, used once); openings keep the difference they were approved with; every closing count is kept.
-- tillpoint: foreign keys off
-- (SQLite rebuilds a table by copying it: the foreign keys are checked once, at the end, not while it is copied.)

CREATE TABLE approvals (
    token         TEXT    PRIMARY KEY,
    action        TEXT    NOT NULL CHECK (action IN ('CASH_OUT', 'CLOSING_DIFFERENCE', 'OPENING_DIFFERENCE',
                                                      'RECOUNT')),
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

CREATE TABLE sessions_v4 (
    id                      INTEGER PRIMARY KEY,
    terminal_id             TEXT    NOT NULL,
    state                   TEXT    NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    opened_at               INTEGER NOT NULL,
    opened_by               INTEGER NOT NULL REFERENCES cashiers (id),
    opening_cash            INTEGER NOT NULL CHECK (opening_cash >= 0),
    opening_currency        TEXT    NOT NULL CHECK (length(opening_currency) = 3),
    opening_note            TEXT    NOT NULL DEFAULT '',
    -- The last closing count the opening was checked against, and the opening cash as counted minus it.
    opening_last_closing    INTEGER,
    opening_difference      INTEGER,
    opening_approved_by     INTEGER REFERENCES cashiers (id),
    opening_approval_reason TEXT,
    opening_approval_token  TEXT UNIQUE REFERENCES approvals (token),
    closed_at               INTEGER,
    closed_by               INTEGER REFERENCES cashiers (id),
    closing_cash            INTEGER CHECK (closing_cash >= 0),
    closing_currency        TEXT    CHECK (length(closing_currency) = 3),
    expected_cash           INTEGER,
    closing_difference      INTEGER,
    closing_note            TEXT,
    closing_approved_by     INTEGER REFERENCES cashiers (id),
    closing_approval_reason TEXT,
    closing_approval_token  TEXT UNIQUE REFERENCES approvals (token),
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK ((closing_cash IS NULL) = (closing_currency IS NULL)),
    CHECK (opening_approval_token IS NULL OR opening_approved_by IS NOT NULL),
    CHECK (closing_approval_token IS NULL OR closing_approved_by IS NOT NULL)
) STRICT;

INSERT INTO sessions_v4 (id, terminal_id, state, opened_at, opened_by, opening_cash, opening_currency, opening_note,
                         closed_at, closed_by, closing_cash, closing_currency, expected_cash, closing_difference,
                         closing_note, closing_approved_by, closing_approval_reason)
SELECT id, terminal_id, state, opened_at, opened_by, opening_cash, opening_currency, opening_note, closed_at,
       closed_by, closing_cash, closing_currency, expected_cash, closing_difference, closing_note,
       closing_approved_by, closing_approval_reason
FROM sessions;

DROP TABLE sessions;

ALTER TABLE sessions_v4 RENAME TO sessions;

-- The rule "one non-closed session per terminal", kept by the database itself.
CREATE UNIQUE INDEX sessions_one_open_per_terminal ON sessions (terminal_id) WHERE state <> 'CLOSED';

CREATE INDEX sessions_closed_by_time ON sessions (terminal_id, closed_at) WHERE state = 'CLOSED';

CREATE TABLE cash_counts_v4 (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    purpose         TEXT    NOT NULL CHECK (purpose IN ('OPENING', 'CLOSING')),
    -- 1 for the first count of its purpose, 2 for the first recount, …; an opening is counted once.
    attempt         INTEGER NOT NULL DEFAULT 1 CHECK (attempt >= 1 AND (purpose = 'CLOSING' OR attempt = 1)),
    counted_at      INTEGER NOT NULL,
    counted_by      INTEGER NOT NULL REFERENCES cashiers (id),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    -- A closing count: what was expected when it was counted, and the difference, recorded before either is shown.
    expected        INTEGER,
    difference      INTEGER,
    approved_by     INTEGER REFERENCES cashiers (id),
    approval_reason TEXT,
    approval_token  TEXT UNIQUE REFERENCES approvals (token),
    UNIQUE (session_id, purpose, attempt),
    CHECK (approval_token IS NULL OR approved_by IS NOT NULL)
) STRICT;

INSERT INTO cash_counts_v4 (id, session_id, purpose, attempt, counted_at, counted_by, currency)
SELECT id, session_id, purpose, 1, counted_at, counted_by, currency FROM cash_counts;

DROP TABLE cash_counts;

ALTER TABLE cash_counts_v4 RENAME TO cash_counts;

CREATE TABLE cash_count_lines_v4 (
    count_id     INTEGER NOT NULL REFERENCES cash_counts (id),
    denomination INTEGER NOT NULL CHECK (denomination > 0),
    kind         TEXT    NOT NULL CHECK (kind IN ('BILL', 'COIN')),
    quantity     INTEGER NOT NULL CHECK (quantity BETWEEN 0 AND 9999),
    PRIMARY KEY (count_id, denomination, kind)
) STRICT;

INSERT INTO cash_count_lines_v4 SELECT count_id, denomination, kind, quantity FROM cash_count_lines;

DROP TABLE cash_count_lines;

ALTER TABLE cash_count_lines_v4 RENAME TO cash_count_lines;

CREATE TABLE cash_moves_v4 (
    id              INTEGER PRIMARY KEY,
    session_id      INTEGER NOT NULL REFERENCES sessions (id),
    moved_at        INTEGER NOT NULL,
    cashier_id      INTEGER NOT NULL REFERENCES cashiers (id),
    direction       TEXT    NOT NULL CHECK (direction IN ('IN', 'OUT')),
    amount          INTEGER NOT NULL CHECK (amount > 0),
    currency        TEXT    NOT NULL CHECK (length(currency) = 3),
    reason          TEXT    NOT NULL DEFAULT '',
    approved_by     INTEGER REFERENCES cashiers (id),
    approval_reason TEXT,
    approval_token  TEXT UNIQUE REFERENCES approvals (token),
    CHECK (approval_token IS NULL OR approved_by IS NOT NULL)
) STRICT;

INSERT INTO cash_moves_v4 (id, session_id, moved_at, cashier_id, direction, amount, currency, reason, approved_by,
                           approval_reason)
SELECT id, session_id, moved_at, cashier_id, direction, amount, currency, reason, approved_by, approval_reason
FROM cash_moves;

DROP TABLE cash_moves;

ALTER TABLE cash_moves_v4 RENAME TO cash_moves;

CREATE INDEX cash_moves_by_session ON cash_moves (session_id);

CREATE TABLE orders_v4 (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id),
    sold_at      INTEGER NOT NULL,
    sold_by      INTEGER NOT NULL REFERENCES cashiers (id),
    total        INTEGER NOT NULL CHECK (total >= 0),
    tendered     INTEGER NOT NULL CHECK (tendered >= total),
    change_given INTEGER NOT NULL CHECK (change_given = tendered - total),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3)
) STRICT;

INSERT INTO orders_v4 SELECT id, session_id, sold_at, sold_by, total, tendered, change_given, currency FROM orders;

DROP TABLE orders;

ALTER TABLE orders_v4 RENAME TO orders;

CREATE INDEX orders_by_session ON orders (session_id);

CREATE TABLE order_lines_v4 (
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    line_no    INTEGER NOT NULL CHECK (line_no >= 1),
    product_id INTEGER NOT NULL REFERENCES products (id),
    name       TEXT    NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    amount     INTEGER NOT NULL CHECK (amount = unit_price * quantity),
    PRIMARY KEY (order_id, line_no)
) STRICT;

INSERT INTO order_lines_v4 SELECT order_id, line_no, product_id, name, unit_price, quantity, amount FROM order_lines;

DROP TABLE order_lines;

ALTER TABLE order_lines_v4 RENAME TO order_lines;

CREATE TABLE payments_v4 (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    method   TEXT    NOT NULL CHECK (method IN ('CASH')),
    amount   INTEGER NOT NULL CHECK (amount >= 0),
    tendered INTEGER NOT NULL CHECK (tendered >= amount),
    currency TEXT    NOT NULL CHECK (length(currency) = 3)
) STRICT;

INSERT INTO payments_v4 SELECT id, order_id, method, amount, tendered, currency FROM payments;

DROP TABLE payments;

ALTER TABLE payments_v4 RENAME TO payments;

CREATE INDEX payments_by_order ON payments (order_id);

-- PIN lock-outs grow when they come in a row, and are timed by the machine's clock since boot where it has one, so
-- that changing the date neither ends nor extends one.
ALTER TABLE cashiers ADD COLUMN lockouts INTEGER NOT NULL DEFAULT 0 CHECK (lockouts >= 0);

ALTER TABLE cashiers ADD COLUMN lockout_ms INTEGER;

ALTER TABLE cashiers ADD COLUMN locked_boot TEXT;

ALTER TABLE cashiers ADD COLUMN locked_uptime_ms INTEGER;

-- Money rows belong to an open session only.
CREATE TRIGGER sessions_start_open BEFORE INSERT ON sessions
WHEN NEW.state <> 'OPEN' OR NEW.closed_at IS NOT NULL OR NEW.closing_cash IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'A session is stored open, and closed later');
END;

CREATE TRIGGER orders_in_open_session BEFORE INSERT ON orders
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no order may be added to it');
END;

CREATE TRIGGER order_lines_in_open_session BEFORE INSERT ON order_lines
WHEN (SELECT s.state FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no order line may be added to it');
END;

CREATE TRIGGER payments_in_open_session BEFORE INSERT ON payments
WHEN (SELECT s.state FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no payment may be added to it');
END;

CREATE TRIGGER cash_moves_in_open_session BEFORE INSERT ON cash_moves
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no cash move may be added to it');
END;

CREATE TRIGGER cash_counts_in_open_session BEFORE INSERT ON cash_counts
WHEN (SELECT state FROM sessions WHERE id = NEW.session_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no count may be added to it');
END;

CREATE TRIGGER cash_count_lines_in_open_session BEFORE INSERT ON cash_count_lines
WHEN (SELECT s.state FROM cash_counts k JOIN sessions s ON s.id = k.session_id WHERE k.id = NEW.count_id)
    IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no count line may be added to it');
END;

-- An approval stored with a row is one the host issued for that action, to that approver.
CREATE TRIGGER cash_moves_approval_issued BEFORE INSERT ON cash_moves
WHEN NEW.approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.token = NEW.approval_token
    AND a.action = 'CASH_OUT' AND a.approver_id = NEW.approved_by AND a.amount = NEW.amount)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this cash out');
END;

CREATE TRIGGER cash_counts_approval_issued BEFORE INSERT ON cash_counts
WHEN NEW.approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.token = NEW.approval_token
    AND a.action = 'RECOUNT' AND a.approver_id = NEW.approved_by)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for a recount');
END;

CREATE TRIGGER sessions_opening_approval_issued BEFORE INSERT ON sessions
WHEN NEW.opening_approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a
    WHERE a.token = NEW.opening_approval_token AND a.action = 'OPENING_DIFFERENCE'
    AND a.approver_id = NEW.opening_approved_by)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this opening');
END;

CREATE TRIGGER sessions_closing_approval_issued BEFORE UPDATE OF closing_approval_token ON sessions
WHEN NEW.closing_approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a
    WHERE a.token = NEW.closing_approval_token AND a.action = 'CLOSING_DIFFERENCE'
    AND a.approver_id = NEW.closing_approved_by AND a.amount = NEW.closing_difference)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this closing difference');
END;

-- What was sold, paid, moved and counted is never changed or removed.
CREATE TRIGGER orders_no_update BEFORE UPDATE ON orders
BEGIN
    SELECT RAISE(ABORT, 'Orders are never changed');
END;

CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
BEGIN
    SELECT RAISE(ABORT, 'Orders are never removed');
END;

CREATE TRIGGER order_lines_no_update BEFORE UPDATE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'Order lines are never changed');
END;

CREATE TRIGGER order_lines_no_delete BEFORE DELETE ON order_lines
BEGIN
    SELECT RAISE(ABORT, 'Order lines are never removed');
END;

CREATE TRIGGER payments_no_update BEFORE UPDATE ON payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are never changed');
END;

CREATE TRIGGER payments_no_delete BEFORE DELETE ON payments
BEGIN
    SELECT RAISE(ABORT, 'Payments are never removed');
END;

CREATE TRIGGER cash_moves_no_update BEFORE UPDATE ON cash_moves
BEGIN
    SELECT RAISE(ABORT, 'Cash moves are never changed');
END;

CREATE TRIGGER cash_moves_no_delete BEFORE DELETE ON cash_moves
BEGIN
    SELECT RAISE(ABORT, 'Cash moves are never removed');
END;

CREATE TRIGGER cash_counts_no_update BEFORE UPDATE ON cash_counts
BEGIN
    SELECT RAISE(ABORT, 'Counts are never changed');
END;

CREATE TRIGGER cash_counts_no_delete BEFORE DELETE ON cash_counts
BEGIN
    SELECT RAISE(ABORT, 'Counts are never removed');
END;

CREATE TRIGGER cash_count_lines_no_update BEFORE UPDATE ON cash_count_lines
BEGIN
    SELECT RAISE(ABORT, 'Count lines are never changed');
END;

CREATE TRIGGER cash_count_lines_no_delete BEFORE DELETE ON cash_count_lines
BEGIN
    SELECT RAISE(ABORT, 'Count lines are never removed');
END;

-- A session is closed once; its opening never changes, and a closed session never changes at all.
CREATE TRIGGER sessions_no_delete BEFORE DELETE ON sessions
BEGIN
    SELECT RAISE(ABORT, 'Sessions are never removed');
END;

CREATE TRIGGER sessions_closed_never_change BEFORE UPDATE ON sessions
WHEN OLD.state = 'CLOSED'
BEGIN
    SELECT RAISE(ABORT, 'A closed session is never changed');
END;

CREATE TRIGGER sessions_opening_never_changes BEFORE UPDATE ON sessions
WHEN NEW.id IS NOT OLD.id OR NEW.terminal_id IS NOT OLD.terminal_id OR NEW.opened_at IS NOT OLD.opened_at
    OR NEW.opened_by IS NOT OLD.opened_by OR NEW.opening_cash IS NOT OLD.opening_cash
    OR NEW.opening_currency IS NOT OLD.opening_currency OR NEW.opening_note IS NOT OLD.opening_note
    OR NEW.opening_last_closing IS NOT OLD.opening_last_closing
    OR NEW.opening_difference IS NOT OLD.opening_difference
    OR NEW.opening_approved_by IS NOT OLD.opening_approved_by
    OR NEW.opening_approval_reason IS NOT OLD.opening_approval_reason
    OR NEW.opening_approval_token IS NOT OLD.opening_approval_token
BEGIN
    SELECT RAISE(ABORT, 'A session''s opening is never changed');
END;

CREATE TRIGGER sessions_close_completely BEFORE UPDATE ON sessions
WHEN OLD.state = 'OPEN' AND (NEW.state <> 'CLOSED' OR NEW.closed_at IS NULL OR NEW.closed_by IS NULL OR NEW.closing_cash IS NULL
    OR NEW.expected_cash IS NULL OR NEW.closing_difference IS NULL
    OR NEW.closing_difference <> NEW.closing_cash - NEW.expected_cash)
BEGIN
    SELECT RAISE(ABORT, 'An open session only changes by being closed, with its counted, expected and difference');
END;
