-- Version 16: discounts and price overrides (issue 21). Approvals may now allow a DISCOUNT (for the amount it takes
-- off) or a PRICE_OVERRIDE (for the new unit price): the approvals table is rebuilt for its CHECK, as it was made.
-- A line sold at another price or with a discount, or carrying a share of the order discount, has a row in
-- order_line_changes (order_lines.unit_price is the price it was sold at, order_lines.amount that price times the
-- quantity, before any discount); an order discount has a row in order_discounts. Each row keeps the limit the
-- terminal's policy set when it was sold, so that the triggers refuse a discount or a lower price over that limit
-- without an approval issued for it, a discount above the line, and an order discount that its lines' shares do not
-- add up to. Never changed, never removed.
-- tillpoint: foreign keys off
-- (the approvals table is copied while sessions, cash moves and counts refer to it.)

CREATE TABLE approvals_v16_copy AS SELECT * FROM approvals;

DROP TABLE approvals;

-- Made again under its own name (as V14 did), so that every trigger reading it (cash moves, counts, sessions,
-- refunds, settlements) keeps working unchanged.
CREATE TABLE approvals (
    token         TEXT    PRIMARY KEY,
    action        TEXT    NOT NULL CHECK (action IN ('CASH_OUT', 'CLOSING_DIFFERENCE', 'OPENING_DIFFERENCE',
                                                      'RECOUNT', 'REFUND', 'DISCOUNT', 'PRICE_OVERRIDE')),
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
FROM approvals_v16_copy;

DROP TABLE approvals_v16_copy;

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


-- Basis points: 1000 is 10 %. A percentage discount keeps its basis points beside the amount it took off.
CREATE TABLE order_line_changes (
    order_id                INTEGER NOT NULL,
    line_no                 INTEGER NOT NULL,
    regular_price           INTEGER CHECK (regular_price >= 0),
    override_reason         TEXT    CHECK (length(trim(override_reason)) BETWEEN 1 AND 200),
    override_limit_bp       INTEGER CHECK (override_limit_bp BETWEEN 0 AND 10000),
    override_approved_by    INTEGER REFERENCES cashiers (id),
    override_approval_token TEXT    UNIQUE REFERENCES approvals (token),
    discount                INTEGER NOT NULL DEFAULT 0 CHECK (discount >= 0),
    discount_bp             INTEGER CHECK (discount_bp BETWEEN 1 AND 10000),
    discount_reason         TEXT    CHECK (length(trim(discount_reason)) BETWEEN 1 AND 200),
    discount_limit_bp       INTEGER CHECK (discount_limit_bp BETWEEN 0 AND 10000),
    discount_approved_by    INTEGER REFERENCES cashiers (id),
    discount_approval_token TEXT    UNIQUE REFERENCES approvals (token),
    order_discount_share    INTEGER NOT NULL DEFAULT 0 CHECK (order_discount_share >= 0),
    PRIMARY KEY (order_id, line_no),
    FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no),
    CHECK ((regular_price IS NULL) = (override_reason IS NULL)),
    CHECK ((regular_price IS NULL) = (override_limit_bp IS NULL)),
    CHECK (override_approval_token IS NULL OR regular_price IS NOT NULL),
    CHECK ((override_approved_by IS NULL) = (override_approval_token IS NULL)),
    CHECK ((discount_reason IS NULL) = (discount_limit_bp IS NULL)),
    CHECK (discount_reason IS NOT NULL OR (discount = 0 AND discount_bp IS NULL)),
    CHECK (discount_approval_token IS NULL OR discount_reason IS NOT NULL),
    CHECK ((discount_approved_by IS NULL) = (discount_approval_token IS NULL))
) STRICT;

CREATE TRIGGER order_line_changes_in_open_session BEFORE INSERT ON order_line_changes
WHEN (SELECT s.state FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no discount may be added to it');
END;

CREATE TRIGGER order_line_changes_within_line BEFORE INSERT ON order_line_changes
WHEN NEW.discount + NEW.order_discount_share > (SELECT amount FROM order_lines
    WHERE order_id = NEW.order_id AND line_no = NEW.line_no)
BEGIN
    SELECT RAISE(ABORT, 'A discount cannot be more than its line');
END;

CREATE TRIGGER order_line_changes_discount_approved BEFORE INSERT ON order_line_changes
WHEN NEW.discount_approval_token IS NULL AND NEW.discount * 10000 > (SELECT amount FROM order_lines
    WHERE order_id = NEW.order_id AND line_no = NEW.line_no) * NEW.discount_limit_bp
BEGIN
    SELECT RAISE(ABORT, 'A discount over the limit needs a head cashier''s approval');
END;

CREATE TRIGGER order_line_changes_discount_approval_issued BEFORE INSERT ON order_line_changes
WHEN NEW.discount_approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a
    WHERE a.token = NEW.discount_approval_token AND a.action = 'DISCOUNT'
    AND a.approver_id = NEW.discount_approved_by AND a.amount = NEW.discount)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this discount');
END;

CREATE TRIGGER order_line_changes_override_approved BEFORE INSERT ON order_line_changes
WHEN NEW.override_approval_token IS NULL AND NEW.regular_price IS NOT NULL
    AND (NEW.regular_price - (SELECT unit_price FROM order_lines WHERE order_id = NEW.order_id
        AND line_no = NEW.line_no)) * 10000 > NEW.regular_price * NEW.override_limit_bp
BEGIN
    SELECT RAISE(ABORT, 'A price lowered over the limit needs a head cashier''s approval');
END;

CREATE TRIGGER order_line_changes_override_approval_issued BEFORE INSERT ON order_line_changes
WHEN NEW.override_approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a
    WHERE a.token = NEW.override_approval_token AND a.action = 'PRICE_OVERRIDE'
    AND a.approver_id = NEW.override_approved_by AND a.amount = (SELECT unit_price FROM order_lines
        WHERE order_id = NEW.order_id AND line_no = NEW.line_no))
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this price');
END;

CREATE TRIGGER order_line_changes_no_update BEFORE UPDATE ON order_line_changes
BEGIN
    SELECT RAISE(ABORT, 'Discounts are never changed');
END;

CREATE TRIGGER order_line_changes_no_delete BEFORE DELETE ON order_line_changes
BEGIN
    SELECT RAISE(ABORT, 'Discounts are never removed');
END;

-- subtotal: the lines' amounts less their own discounts, which the order discount was taken from.
CREATE TABLE order_discounts (
    order_id       INTEGER PRIMARY KEY REFERENCES orders (id),
    subtotal       INTEGER NOT NULL CHECK (subtotal >= 0),
    discount       INTEGER NOT NULL CHECK (discount >= 0 AND discount <= subtotal),
    discount_bp    INTEGER CHECK (discount_bp BETWEEN 1 AND 10000),
    reason         TEXT    NOT NULL CHECK (length(trim(reason)) BETWEEN 1 AND 200),
    limit_bp       INTEGER NOT NULL CHECK (limit_bp BETWEEN 0 AND 10000),
    approved_by    INTEGER REFERENCES cashiers (id),
    approval_token TEXT    UNIQUE REFERENCES approvals (token),
    CHECK ((approved_by IS NULL) = (approval_token IS NULL))
) STRICT;

CREATE TRIGGER order_discounts_in_open_session BEFORE INSERT ON order_discounts
WHEN (SELECT s.state FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no discount may be added to it');
END;

-- Stored after the order's lines and their changes: the subtotal is theirs, and their shares add up to the discount.
CREATE TRIGGER order_discounts_of_the_lines BEFORE INSERT ON order_discounts
WHEN NEW.subtotal IS NOT (SELECT sum(l.amount - coalesce(c.discount, 0)) FROM order_lines l
        LEFT JOIN order_line_changes c ON c.order_id = l.order_id AND c.line_no = l.line_no
        WHERE l.order_id = NEW.order_id)
    OR NEW.discount IS NOT (SELECT coalesce(sum(order_discount_share), 0) FROM order_line_changes
        WHERE order_id = NEW.order_id)
BEGIN
    SELECT RAISE(ABORT, 'An order discount must be taken from its lines and spread over them');
END;

CREATE TRIGGER order_discounts_approved BEFORE INSERT ON order_discounts
WHEN NEW.approval_token IS NULL AND NEW.discount * 10000 > NEW.subtotal * NEW.limit_bp
BEGIN
    SELECT RAISE(ABORT, 'A discount over the limit needs a head cashier''s approval');
END;

CREATE TRIGGER order_discounts_approval_issued BEFORE INSERT ON order_discounts
WHEN NEW.approval_token IS NOT NULL AND NOT EXISTS (SELECT 1 FROM approvals a WHERE a.token = NEW.approval_token
    AND a.action = 'DISCOUNT' AND a.approver_id = NEW.approved_by AND a.amount = NEW.discount)
BEGIN
    SELECT RAISE(ABORT, 'This approval was not issued for this discount');
END;

CREATE TRIGGER order_discounts_no_update BEFORE UPDATE ON order_discounts
BEGIN
    SELECT RAISE(ABORT, 'Discounts are never changed');
END;

CREATE TRIGGER order_discounts_no_delete BEFORE DELETE ON order_discounts
BEGIN
    SELECT RAISE(ABORT, 'Discounts are never removed');
END;
