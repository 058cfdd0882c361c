-- Version 20: a refund's taxes (issue 16). A refund gives back, rate by rate, its share of the taxes its order stored
-- in order_taxes (Refundable.taxesOf: the refunded lines' share by their amounts as sold, rounded so that an order's
-- refunds add up to exactly its taxes once every line went back), stored here in the refund's own transaction. The
-- reports take them off the session's taxes. The database refuses a rate the order did not have, a refund's taxes
-- of another order, and, whatever wrote the row, an order's refunds giving back more of a rate's tax or taxable value
-- than the order had; rows are never changed or removed. Refunds stored before this version gave back no taxes.

CREATE TABLE refund_taxes (
    refund_id INTEGER NOT NULL REFERENCES refunds (id),
    order_id  INTEGER NOT NULL,
    position  INTEGER NOT NULL CHECK (position >= 0),
    name      TEXT    NOT NULL,
    rate_ppm  INTEGER NOT NULL,
    -- What of the rate's taxable value and tax went back, positive or zero (the refund's total is negative).
    basis     INTEGER NOT NULL CHECK (basis >= 0),
    tax       INTEGER NOT NULL CHECK (tax >= 0),
    PRIMARY KEY (refund_id, position),
    UNIQUE (refund_id, name, rate_ppm),
    FOREIGN KEY (order_id, name, rate_ppm) REFERENCES order_taxes (order_id, name, rate_ppm)
) STRICT;

CREATE INDEX refund_taxes_by_rate ON refund_taxes (order_id, name, rate_ppm);

CREATE TRIGGER refund_taxes_of_the_refunds_order BEFORE INSERT ON refund_taxes
WHEN NEW.order_id IS NOT (SELECT order_id FROM refunds WHERE id = NEW.refund_id)
BEGIN
    SELECT RAISE(ABORT, 'A refund gives back taxes of its own order only');
END;

CREATE TRIGGER refund_taxes_in_open_session BEFORE INSERT ON refund_taxes
WHEN (SELECT s.state FROM refunds r JOIN sessions s ON s.id = r.session_id WHERE r.id = NEW.refund_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no refund tax may be added to it');
END;

CREATE TRIGGER refund_taxes_not_over_the_orders BEFORE INSERT ON refund_taxes
WHEN (SELECT coalesce(sum(tax), 0) FROM refund_taxes WHERE order_id = NEW.order_id AND name = NEW.name
        AND rate_ppm = NEW.rate_ppm) + NEW.tax
    > (SELECT tax FROM order_taxes WHERE order_id = NEW.order_id AND name = NEW.name AND rate_ppm = NEW.rate_ppm)
    OR (SELECT coalesce(sum(basis), 0) FROM refund_taxes WHERE order_id = NEW.order_id AND name = NEW.name
        AND rate_ppm = NEW.rate_ppm) + NEW.basis
    > (SELECT basis FROM order_taxes WHERE order_id = NEW.order_id AND name = NEW.name AND rate_ppm = NEW.rate_ppm)
BEGIN
    SELECT RAISE(ABORT, 'The refunds of an order cannot give back more of a tax than the order had');
END;

CREATE TRIGGER refund_taxes_no_update BEFORE UPDATE ON refund_taxes
BEGIN
    SELECT RAISE(ABORT, 'Refund taxes are never changed');
END;

CREATE TRIGGER refund_taxes_no_delete BEFORE DELETE ON refund_taxes
BEGIN
    SELECT RAISE(ABORT, 'Refund taxes are never removed');
END;
