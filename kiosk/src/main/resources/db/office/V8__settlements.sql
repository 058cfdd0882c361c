-- The office database, version 8: each closing's settlements (issue 16). At closing the till records, for each payment
-- method other than cash its session took, what the session expected in it (its payments less its refunds by it),
-- what the cashier read from the card terminal's or the UPI app's settlement, and the difference, approved by a head
-- cashier when over the terminal's limit (terminal V15, V18: session_settlements). They come up with the closing, from
-- the outbox's SESSION_CLOSED event, in the batch's transaction, keyed (store_id, terminal_id, session_id, method) like
-- every other fact, so a batch sent twice inserts nothing. A session closed before this version, or by a terminal
-- without the methods, has no rows here: its closing is whole without them.
--
-- The checks are the arithmetic the till's own rows satisfy, no more, so the office never refuses what the till
-- accepted: the difference is settled − expected; expected may be below zero (a session that gave back more by card
-- than it took by card, V18); the method is named as in office.payments and is not cash.

CREATE TABLE office.settlements (
    store_id        text   NOT NULL,
    terminal_id     text   NOT NULL,
    session_id      bigint NOT NULL,
    method          text   NOT NULL CHECK (length(method) BETWEEN 1 AND 24 AND method = btrim(method)),
    kind            text   NOT NULL CHECK (kind IN ('CARD', 'UPI', 'OTHER')),
    position        int    NOT NULL CHECK (position >= 0),
    currency        text   NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    expected        bigint NOT NULL,
    settled         bigint NOT NULL,
    difference      bigint NOT NULL,
    approved_by     text,
    approval_reason text,
    PRIMARY KEY (store_id, terminal_id, session_id, method),
    UNIQUE (store_id, terminal_id, session_id, position),
    FOREIGN KEY (store_id, terminal_id, session_id) REFERENCES office.sessions,
    CONSTRAINT settlements_difference CHECK (difference = settled - expected),
    CONSTRAINT settlements_reason_approved CHECK (approval_reason IS NULL OR approved_by IS NOT NULL)
);

-- As the other facts: a terminal inserts only its own, reads its store's; the reader role reads everything.
ALTER TABLE office.settlements ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON office.settlements TO tillpoint_terminal;
GRANT SELECT ON office.settlements TO tillpoint_reader;
CREATE POLICY own_inserts ON office.settlements FOR INSERT TO tillpoint_terminal
    WITH CHECK (office.is_me(store_id, terminal_id));
CREATE POLICY store_reads ON office.settlements FOR SELECT TO tillpoint_terminal
    USING (store_id = office.my_store());
CREATE POLICY reader_reads ON office.settlements FOR SELECT TO tillpoint_reader USING (true);
