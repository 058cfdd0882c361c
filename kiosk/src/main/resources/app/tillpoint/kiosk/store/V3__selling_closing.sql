-- Version 3: the catalog, orders with their lines and cash payment, approvals of cash moves, and closing.
-- Money is an INTEGER of minor units with its currency code beside it; times are milliseconds since 1970 UTC.

-- A product keeps its id across imports (matched by category and name), so past orders and tiles stay linked.
CREATE TABLE products (
    id       INTEGER PRIMARY KEY,
    name     TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    category TEXT    NOT NULL CHECK (length(trim(category)) > 0),
    price    INTEGER NOT NULL CHECK (price >= 0),
    currency TEXT    NOT NULL CHECK (length(currency) = 3),
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0 CHECK (position >= 0),
    UNIQUE (category, name)
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    session_id   INTEGER NOT NULL REFERENCES sessions (id),
    sold_at      INTEGER NOT NULL,
    sold_by      INTEGER NOT NULL REFERENCES cashiers (id),
    total        INTEGER NOT NULL CHECK (total >= 0),
    tendered     INTEGER NOT NULL CHECK (tendered >= total),
    change_given INTEGER NOT NULL CHECK (change_given = tendered - total),
    currency     TEXT    NOT NULL CHECK (length(currency) = 3)
);

CREATE INDEX orders_by_session ON orders (session_id);

-- The name and unit price as sold: a later import may rename, reprice or withdraw the product.
CREATE TABLE order_lines (
    order_id   INTEGER NOT NULL REFERENCES orders (id),
    line_no    INTEGER NOT NULL CHECK (line_no >= 1),
    product_id INTEGER NOT NULL REFERENCES products (id),
    name       TEXT    NOT NULL,
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 9999),
    amount     INTEGER NOT NULL CHECK (amount = unit_price * quantity),
    PRIMARY KEY (order_id, line_no)
);

CREATE TABLE payments (
    id       INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (id),
    method   TEXT    NOT NULL CHECK (method IN ('CASH')),
    amount   INTEGER NOT NULL CHECK (amount >= 0),
    tendered INTEGER NOT NULL CHECK (tendered >= amount),
    currency TEXT    NOT NULL CHECK (length(currency) = 3)
);

CREATE INDEX payments_by_order ON payments (order_id);

ALTER TABLE cash_moves ADD COLUMN approved_by INTEGER REFERENCES cashiers (id);

ALTER TABLE cash_moves ADD COLUMN approval_reason TEXT;

ALTER TABLE sessions ADD COLUMN expected_cash INTEGER;

ALTER TABLE sessions ADD COLUMN closing_difference INTEGER;

ALTER TABLE sessions ADD COLUMN closing_note TEXT;

ALTER TABLE sessions ADD COLUMN closing_approved_by INTEGER REFERENCES cashiers (id);

ALTER TABLE sessions ADD COLUMN closing_approval_reason TEXT;
