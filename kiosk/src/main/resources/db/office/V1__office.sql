-- The office database, version 1: the chain's stores and terminals, and the facts every terminal sends up from its
-- outbox (sessions, orders with their lines and payments, cash moves). Migrated by Flyway (OfficeSchema) into the
-- schema `office`, as the office's owner (a role with CREATEROLE: registering a terminal creates its login role).
--
-- Keys: every fact is keyed by (store_id, terminal_id, the terminal's own id of the row), and every event by its
-- random 32-hex id and (store_id, terminal_id, seq): the sender writes with INSERT … ON CONFLICT DO NOTHING, so a batch
-- sent again inserts nothing twice. Money is a bigint of minor units with its currency beside it; times are
-- timestamptz. The tables are documented for a retailer's reporting tool in docs/office.md.

-- Every terminal's login role is a member of this one; the grants and row-level policies name it.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tillpoint_terminal') THEN
        CREATE ROLE tillpoint_terminal NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tillpoint_reader') THEN
        CREATE ROLE tillpoint_reader NOLOGIN;
    END IF;
END
$$;

REVOKE ALL ON SCHEMA office FROM PUBLIC;
GRANT USAGE ON SCHEMA office TO tillpoint_terminal, tillpoint_reader;

CREATE TABLE office.stores (
    store_id   text        PRIMARY KEY CHECK (store_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,23}$'),
    name       text        NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    zone       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- A terminal is registered once: its id is unique in its store, its login role is its own. `machine` is the SHA-256 of
-- the fingerprint the first machine that connected sent (office.claim); another machine with the same credentials is
-- refused, and its tries are kept in terminal_refusals. `last_seq` is the last event received, in order.
CREATE TABLE office.terminals (
    store_id      text        NOT NULL REFERENCES office.stores,
    terminal_id   text        NOT NULL CHECK (terminal_id ~ '^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$'),
    role_name     text        NOT NULL UNIQUE,
    machine       text        CHECK (machine ~ '^[0-9a-f]{64}$'),
    registered_at timestamptz NOT NULL DEFAULT now(),
    claimed_at    timestamptz,
    last_seq      bigint      NOT NULL DEFAULT 0 CHECK (last_seq >= 0),
    last_received timestamptz,
    PRIMARY KEY (store_id, terminal_id),
    CHECK ((machine IS NULL) = (claimed_at IS NULL))
);

CREATE TABLE office.terminal_refusals (
    id          bigserial   PRIMARY KEY,
    store_id    text        NOT NULL,
    terminal_id text        NOT NULL,
    machine     text        NOT NULL,
    at          timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (store_id, terminal_id) REFERENCES office.terminals
);

-- Every event received, in the terminal's commit order (seq).
CREATE TABLE office.events (
    store_id    text        NOT NULL,
    terminal_id text        NOT NULL,
    seq         bigint      NOT NULL CHECK (seq > 0),
    event_id    text        NOT NULL UNIQUE CHECK (event_id ~ '^[0-9a-f]{32}$'),
    kind        text        NOT NULL CHECK (kind IN ('SESSION_OPENED', 'SALE', 'CASH_MOVE', 'SESSION_CLOSED')),
    session_id  bigint      NOT NULL,
    at          timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (store_id, terminal_id, seq),
    FOREIGN KEY (store_id, terminal_id) REFERENCES office.terminals
);

CREATE TABLE office.sessions (
    store_id            text        NOT NULL,
    terminal_id         text        NOT NULL,
    session_id          bigint      NOT NULL,
    state               text        NOT NULL CHECK (state IN ('OPEN', 'CLOSED')),
    currency            text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    opened_at           timestamptz NOT NULL,
    opened_by_id        bigint      NOT NULL,
    opened_by           text        NOT NULL,
    opening_cash        bigint      NOT NULL,
    opening_note        text        NOT NULL,
    opening_approved_by text,
    closed_at           timestamptz,
    closed_by_id        bigint,
    closed_by           text,
    counted             bigint,
    expected            bigint,
    difference          bigint,
    closing_approved_by text,
    closing_reason      text,
    PRIMARY KEY (store_id, terminal_id, session_id),
    FOREIGN KEY (store_id, terminal_id) REFERENCES office.terminals,
    CHECK ((state = 'CLOSED') = (closed_at IS NOT NULL)),
    CHECK (state = 'OPEN' OR (closed_by IS NOT NULL AND counted IS NOT NULL AND expected IS NOT NULL
        AND difference = counted - expected))
);

-- One open session per terminal, in the office as on the till.
CREATE UNIQUE INDEX sessions_one_open_per_terminal ON office.sessions (store_id, terminal_id) WHERE state = 'OPEN';
CREATE INDEX sessions_by_day ON office.sessions (store_id, opened_at);

CREATE TABLE office.orders (
    store_id    text        NOT NULL,
    terminal_id text        NOT NULL,
    order_id    bigint      NOT NULL,
    session_id  bigint      NOT NULL,
    sold_at     timestamptz NOT NULL,
    cashier_id  bigint      NOT NULL,
    cashier     text        NOT NULL,
    currency    text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    total       bigint      NOT NULL CHECK (total >= 0),
    PRIMARY KEY (store_id, terminal_id, order_id),
    FOREIGN KEY (store_id, terminal_id, session_id) REFERENCES office.sessions
);

CREATE TABLE office.order_lines (
    store_id    text   NOT NULL,
    terminal_id text   NOT NULL,
    order_id    bigint NOT NULL,
    line_no     int    NOT NULL CHECK (line_no > 0),
    product_id  bigint NOT NULL,
    product     text   NOT NULL,
    category    text   NOT NULL,
    unit_price  bigint NOT NULL CHECK (unit_price >= 0),
    quantity    int    NOT NULL CHECK (quantity > 0),
    amount      bigint NOT NULL CHECK (amount = unit_price * quantity),
    PRIMARY KEY (store_id, terminal_id, order_id, line_no),
    FOREIGN KEY (store_id, terminal_id, order_id) REFERENCES office.orders
);

CREATE TABLE office.payments (
    store_id    text   NOT NULL,
    terminal_id text   NOT NULL,
    order_id    bigint NOT NULL,
    method      text   NOT NULL CHECK (method IN ('CASH')),
    amount      bigint NOT NULL CHECK (amount >= 0),
    tendered    bigint NOT NULL,
    change      bigint NOT NULL CHECK (change >= 0 AND tendered - change = amount),
    PRIMARY KEY (store_id, terminal_id, order_id, method),
    FOREIGN KEY (store_id, terminal_id, order_id) REFERENCES office.orders
);

CREATE TABLE office.cash_moves (
    store_id    text        NOT NULL,
    terminal_id text        NOT NULL,
    move_id     bigint      NOT NULL,
    session_id  bigint      NOT NULL,
    moved_at    timestamptz NOT NULL,
    cashier_id  bigint      NOT NULL,
    cashier     text        NOT NULL,
    direction   text        NOT NULL CHECK (direction IN ('IN', 'OUT')),
    currency    text        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    amount      bigint      NOT NULL CHECK (amount > 0),
    reason      text        NOT NULL,
    approved_by text,
    PRIMARY KEY (store_id, terminal_id, move_id),
    FOREIGN KEY (store_id, terminal_id, session_id) REFERENCES office.sessions
);

-- Who is connected: the terminal of the login role, when this connection's machine is the one that claimed it. The
-- fingerprint is set by office.claim for the connection; only its SHA-256 is stored. SECURITY DEFINER: the terminal
-- roles cannot read office.terminals themselves.
CREATE FUNCTION office.is_me(store text, terminal text) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = office, pg_temp AS $$
    SELECT EXISTS (SELECT FROM office.terminals t
                    WHERE t.role_name = session_user AND t.store_id = store AND t.terminal_id = terminal
                      AND t.machine = encode(sha256(convert_to(coalesce(current_setting('tillpoint.machine', true), ''),
                                                               'UTF8')), 'hex'))
$$;

CREATE FUNCTION office.my_store() RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = office, pg_temp AS $$
    SELECT store_id FROM office.terminals WHERE role_name = session_user
$$;

-- The first connection of a terminal claims it for its machine; a later one from another machine is refused (and
-- its try kept). Returns 'claimed', 'known' or 'refused'; on 'refused' the connection inserts nothing (is_me).
CREATE FUNCTION office.claim(fingerprint text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = office, pg_temp AS $$
DECLARE
    hashed text := encode(sha256(convert_to(fingerprint, 'UTF8')), 'hex');
    terminal office.terminals;
BEGIN
    IF fingerprint !~ '^[0-9a-f]{64}$' THEN
        RAISE EXCEPTION 'A machine fingerprint is 64 hexadecimal digits' USING ERRCODE = '22023';
    END IF;
    SELECT * INTO terminal FROM office.terminals WHERE role_name = session_user FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION '% is not a registered terminal', session_user USING ERRCODE = '42501';
    END IF;
    PERFORM set_config('tillpoint.machine', fingerprint, false);
    IF terminal.machine IS NULL THEN
        UPDATE office.terminals SET machine = hashed, claimed_at = now() WHERE role_name = session_user;
        RETURN 'claimed';
    ELSIF terminal.machine = hashed THEN
        RETURN 'known';
    END IF;
    INSERT INTO office.terminal_refusals (store_id, terminal_id, machine)
    VALUES (terminal.store_id, terminal.terminal_id, hashed);
    RETURN 'refused';
END
$$;

-- Called at the start of each batch with its first and last seq: a batch that would leave a gap after the last event
-- received is refused (the events arrive in commit order or not at all); locks the terminal's row so that two
-- connections of one terminal write one after the other.
CREATE FUNCTION office.receive(batch_first bigint, batch_last bigint) RETURNS bigint
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = office, pg_temp AS $$
DECLARE
    terminal office.terminals;
BEGIN
    SELECT * INTO terminal FROM office.terminals WHERE role_name = session_user FOR UPDATE;
    IF NOT FOUND OR NOT office.is_me(terminal.store_id, terminal.terminal_id) THEN
        RAISE EXCEPTION 'This connection has not claimed terminal % for its machine', session_user
            USING ERRCODE = '42501';
    END IF;
    IF batch_first < 1 OR batch_last < batch_first THEN
        RAISE EXCEPTION 'A batch of events % to % is empty or reversed', batch_first, batch_last
            USING ERRCODE = '22023';
    END IF;
    IF batch_first > terminal.last_seq + 1 THEN
        RAISE EXCEPTION 'Events % to % would leave a gap after %', batch_first, batch_last, terminal.last_seq
            USING ERRCODE = '22023';
    END IF;
    UPDATE office.terminals t SET last_seq = greatest(t.last_seq, batch_last), last_received = now()
     WHERE t.role_name = session_user;
    RETURN terminal.last_seq;
END
$$;

REVOKE ALL ON FUNCTION office.is_me(text, text), office.my_store(), office.claim(text), office.receive(bigint, bigint)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION office.is_me(text, text), office.my_store(), office.claim(text),
    office.receive(bigint, bigint) TO tillpoint_terminal;

-- Row-level security: a terminal inserts only its own facts and reads only its store's; the reader role (a
-- retailer's reporting tool) reads everything. The owner (the office's administrator) is not subject to them.
DO $$
DECLARE
    fact text;
BEGIN
    FOREACH fact IN ARRAY ARRAY['events', 'sessions', 'orders', 'order_lines', 'payments', 'cash_moves'] LOOP
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

-- A closing updates its session, once (WHERE state = 'OPEN'), and only its own terminal's.
GRANT UPDATE (state, closed_at, closed_by_id, closed_by, counted, expected, difference, closing_approved_by,
              closing_reason) ON office.sessions TO tillpoint_terminal;
CREATE POLICY own_closings ON office.sessions FOR UPDATE TO tillpoint_terminal
    USING (office.is_me(store_id, terminal_id)) WITH CHECK (office.is_me(store_id, terminal_id));

GRANT SELECT ON office.stores, office.terminals, office.terminal_refusals TO tillpoint_reader;
