-- The office database, version 3: every terminal's audit rows, and the refusals told to the machine that holds a
-- terminal's id.
--
-- The audit is the terminal's own append-only table (`audit_events`, a hash chain): its ids are 1, 2, 3 … in the
-- terminal's commit order without a gap, so the sender reads it after its own mark and sends it as a second stream
-- beside the outbox's events (never as an event: the plugins' listeners know only the four kinds of money). Each row
-- is keyed by (store_id, terminal_id, audit_id) and written with INSERT … ON CONFLICT DO NOTHING; office.receive_audit
-- refuses a batch that would leave a gap, so a terminal's audit arrives in its commit order, once.

CREATE TABLE office.audit (
    store_id    text        NOT NULL,
    terminal_id text        NOT NULL,
    audit_id    bigint      NOT NULL CHECK (audit_id > 0),
    at          timestamptz NOT NULL,
    event       text        NOT NULL,
    detail      text        NOT NULL,
    cashier_id  bigint,
    cashier     text,
    prev_hash   text        CHECK (prev_hash ~ '^[0-9a-f]{64}$'),
    hash        text        NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, terminal_id, audit_id),
    FOREIGN KEY (store_id, terminal_id) REFERENCES office.terminals,
    CHECK ((audit_id = 1) = (prev_hash IS NULL))
);

CREATE INDEX audit_by_time ON office.audit (store_id, at);

-- Called at the start of each batch of audit rows with its first and last id: a batch that would leave a gap after
-- the last row received is refused. Locks the terminal's row, as office.receive does, so that two connections of one
-- terminal write one after the other.
CREATE FUNCTION office.receive_audit(batch_first bigint, batch_last bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = office, pg_temp AS $$
DECLARE
    terminal office.terminals;
    received bigint;
BEGIN
    SELECT * INTO terminal FROM office.terminals WHERE role_name = session_user FOR UPDATE;
    IF NOT FOUND OR NOT office.is_me(terminal.store_id, terminal.terminal_id) THEN
        RAISE EXCEPTION 'This connection has not claimed terminal % for its machine', session_user
            USING ERRCODE = '42501';
    END IF;
    IF batch_first < 1 OR batch_last < batch_first THEN
        RAISE EXCEPTION 'A batch of audit rows % to % is empty or reversed', batch_first, batch_last
            USING ERRCODE = '22023';
    END IF;
    SELECT coalesce(max(a.audit_id), 0) INTO received FROM office.audit a
     WHERE a.store_id = terminal.store_id AND a.terminal_id = terminal.terminal_id;
    IF batch_first > received + 1 THEN
        RAISE EXCEPTION 'Audit rows % to % would leave a gap after %', batch_first, batch_last, received
            USING ERRCODE = '22023';
    END IF;
    RETURN received;
END
$$;

-- The tries of other machines with this connection's terminal id (office.terminal_refusals), after the refusal
-- `after_id`: told only to the machine that holds the id (is_me), so that it can say so on its own screen.
CREATE FUNCTION office.my_refusals(after_id bigint) RETURNS TABLE (id bigint, at timestamptz)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = office, pg_temp AS $$
    SELECT r.id, r.at FROM office.terminal_refusals r JOIN office.terminals t USING (store_id, terminal_id)
     WHERE t.role_name = session_user AND office.is_me(t.store_id, t.terminal_id) AND r.id > after_id
     ORDER BY r.id LIMIT 100
$$;

REVOKE ALL ON FUNCTION office.receive_audit(bigint, bigint), office.my_refusals(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION office.receive_audit(bigint, bigint), office.my_refusals(bigint) TO tillpoint_terminal;

-- Row-level security as on the other facts: a terminal inserts only its own rows and reads only its store's; the
-- reader role reads everything; nobody but the owner updates or deletes.
ALTER TABLE office.audit ENABLE ROW LEVEL SECURITY;
GRANT SELECT, INSERT ON office.audit TO tillpoint_terminal;
GRANT SELECT ON office.audit TO tillpoint_reader;
CREATE POLICY own_inserts ON office.audit FOR INSERT TO tillpoint_terminal
    WITH CHECK (office.is_me(store_id, terminal_id));
CREATE POLICY store_reads ON office.audit FOR SELECT TO tillpoint_terminal USING (store_id = office.my_store());
CREATE POLICY reader_reads ON office.audit FOR SELECT TO tillpoint_reader USING (true);
