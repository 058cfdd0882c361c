-- The office database, version 6: the terminals' refunds (issue 16), sent up from the outbox's REFUND events (terminal
-- V17) in the same batches as the rest. A refund is keyed like an order, (store_id, terminal_id, the terminal's refund
-- id), and names its original order, which reached the office before it (the events arrive in commit order). Amounts
-- are what went back to the customer, positive: a day's net sales are its orders' totals less its refunds' amounts.
-- A refund line gives back part of a line of the original order, at the price it was sold at (its amount is worked
-- out by the office from office.order_lines, so a line the office does not have is refused, never left out).

ALTER TABLE office.events DROP CONSTRAINT events_kind_check;
ALTER TABLE office.events ADD CONSTRAINT events_kind_check
    CHECK (kind IN ('SESSION_OPENED', 'SALE', 'CASH_MOVE', 'SESSION_CLOSED', 'REFUND'));

CREATE TABLE office.refunds (
    store_id        text        NOT NULL,
    terminal_id     text        NOT NULL,
    refund_id       bigint      NOT NULL,
    order_id        bigint      NOT NULL,
    session_id      bigint      NOT NULL,
    refunded_at     timestamptz NOT NULL,
    cashier_id      bigint      NOT NULL,
    cashier         text        NOT NULL,
    method          text        NOT NULL CHECK (length(method) BETWEEN 1 AND 40),
    currency        text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount          bigint      NOT NULL CHECK (amount > 0),
    approved_by     text,
    approval_reason text,
    PRIMARY KEY (store_id, terminal_id, refund_id),
    FOREIGN KEY (store_id, terminal_id, order_id) REFERENCES office.orders,
    FOREIGN KEY (store_id, terminal_id, session_id) REFERENCES office.sessions
);

CREATE INDEX refunds_by_session ON office.refunds (store_id, terminal_id, session_id);

CREATE TABLE office.refund_lines (
    store_id    text   NOT NULL,
    terminal_id text   NOT NULL,
    refund_id   bigint NOT NULL,
    order_id    bigint NOT NULL,
    line_no     int    NOT NULL CHECK (line_no > 0),
    quantity    int    NOT NULL CHECK (quantity > 0),
    amount      bigint NOT NULL CHECK (amount >= 0),
    PRIMARY KEY (store_id, terminal_id, refund_id, line_no),
    FOREIGN KEY (store_id, terminal_id, refund_id) REFERENCES office.refunds,
    FOREIGN KEY (store_id, terminal_id, order_id, line_no) REFERENCES office.order_lines
);

-- As V1's facts: a terminal inserts only its own, reads its store's; the reader role reads everything.
DO $$
DECLARE
    fact text;
BEGIN
    FOREACH fact IN ARRAY ARRAY['refunds', 'refund_lines'] LOOP
        EXECUTE format('ALTER TABLE office.%I ENABLE ROW LEVEL SECURITY', fact);
        EXECUTE format('GRANT SELECT, INSERT ON office.%I TO tillpoint_terminal', fact);
        EXECUTE format('GRANT SELECT ON office.%I TO tillpoint_reader', fact);
        EXECUTE format('CREATE POLICY own_inserts ON office.%I FOR INSERT TO tillpoint_terminal'
                       ' WITH CHECK (office.is_me(store_id, terminal_id))', fact);
        EXECUTE format('CREATE POLICY store_reads ON office.%I FOR SELECT TO tillpoint_terminal'
                       ' USING (store_id = office.my_store())', fact);
        EXECUTE format('CREATE POLICY reader_reads ON office.%I FOR SELECT TO tillpoint_reader USING (true)', fact);
    END LOOP;
END
$$;
