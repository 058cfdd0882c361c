-- Version 10: taxes (issue 21). A product's tax rates, in the order the catalog lists them, replaced with the catalog;
-- an order's taxes by rate, stored with the order in its transaction and never changed. A rate is its name and its
-- percentage in parts per million (9 % is 90000): whole numbers, never a floating point.
CREATE TABLE product_taxes (
    product_id INTEGER NOT NULL REFERENCES products (id),
    position   INTEGER NOT NULL CHECK (position >= 0),
    name       TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    rate_ppm   INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    PRIMARY KEY (product_id, position),
    UNIQUE (product_id, name)
) STRICT;

-- The rates each order line was sold with, as the product carried them then.
CREATE TABLE order_line_taxes (
    order_id INTEGER NOT NULL,
    line_no  INTEGER NOT NULL,
    position INTEGER NOT NULL CHECK (position >= 0),
    name     TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    rate_ppm INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    PRIMARY KEY (order_id, line_no, position),
    FOREIGN KEY (order_id, line_no) REFERENCES order_lines (order_id, line_no)
) STRICT;

CREATE TRIGGER order_line_taxes_no_update BEFORE UPDATE ON order_line_taxes
BEGIN
    SELECT RAISE(ABORT, 'Order taxes are never changed');
END;

CREATE TRIGGER order_line_taxes_no_delete BEFORE DELETE ON order_line_taxes
BEGIN
    SELECT RAISE(ABORT, 'Order taxes are never removed');
END;

-- prices: whether the order's prices included the taxes (INCLUDED) or the taxes were added to its total (EXCLUDED).
CREATE TABLE order_taxes (
    order_id INTEGER NOT NULL REFERENCES orders (id),
    position INTEGER NOT NULL CHECK (position >= 0),
    name     TEXT    NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 40),
    rate_ppm INTEGER NOT NULL CHECK (rate_ppm BETWEEN 0 AND 1000000),
    basis    INTEGER NOT NULL CHECK (basis >= 0),
    tax      INTEGER NOT NULL CHECK (tax >= 0),
    prices   TEXT    NOT NULL CHECK (prices IN ('INCLUDED', 'EXCLUDED')),
    PRIMARY KEY (order_id, position),
    UNIQUE (order_id, name, rate_ppm)
) STRICT;

CREATE TRIGGER order_taxes_in_open_session BEFORE INSERT ON order_taxes
WHEN (SELECT s.state FROM orders o JOIN sessions s ON s.id = o.session_id WHERE o.id = NEW.order_id) IS NOT 'OPEN'
BEGIN
    SELECT RAISE(ABORT, 'The session is not open: no order tax may be added to it');
END;

CREATE TRIGGER order_taxes_no_update BEFORE UPDATE ON order_taxes
BEGIN
    SELECT RAISE(ABORT, 'Order taxes are never changed');
END;

CREATE TRIGGER order_taxes_no_delete BEFORE DELETE ON order_taxes
BEGIN
    SELECT RAISE(ABORT, 'Order taxes are never removed');
END;
