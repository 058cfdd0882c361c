-- Version 9: the back office's denominations and policies (issue 15). What the office last sent is kept as it came,
-- so that a terminal started offline applies it again: the store's bills and coins (a currency's rows replace the
-- terminal's own list of that currency while one of them is active), and the policy as terminal.json's "policy"
-- block holds it, the store's ('store') and this terminal's own ('terminal'), laid over terminal.json's in that order
-- (kiosk.config.OfficeTerms). Written only by SqlMasterData, in the pull's transaction.
CREATE TABLE office_denominations (
    currency TEXT    NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    value    INTEGER NOT NULL CHECK (value > 0),
    kind     TEXT    NOT NULL CHECK (kind IN ('BILL', 'COIN')),
    active   INTEGER NOT NULL CHECK (active IN (0, 1)),
    PRIMARY KEY (currency, value, kind)
) STRICT;

CREATE TABLE office_policies (
    scope  TEXT NOT NULL PRIMARY KEY CHECK (scope IN ('store', 'terminal')),
    policy TEXT NOT NULL CHECK (json_valid(policy) AND json_type(policy) = 'object')
) STRICT;
