-- Version 5: what a till has stored since its payment methods, measured lines and discounts (issue 16), so that the
-- office keeps every order a till accepted, as the till keeps it, and a chain's totals are the tills' own.
--
-- Payments: one row per method the order was paid in, as the till's order_payments (terminal V15): the method's name
-- as the terminal calls it ('Cash', 'Card', 'UPI', 'Voucher' …) and its kind, the position it was taken in, and the
-- amount it paid of the order: for cash what was handed over less the change, so an order's payments add up to its
-- total. Only cash has tendered and change; a card keeps its approval code and last four digits, UPI the VPA paid to,
-- UPI and other methods the reference the cashier typed. The rows sent before this version were cash, named 'CASH':
-- they are the till's 'Cash', kept as they were under that name.
--
-- Order lines: V1 refused a line whose amount is not its unit price times its quantity, and so every weighed or
-- price-labelled line (terminal V12), which stopped the terminal's sender at that order. A line now keeps what the
-- till keeps: its amount before any discount (price × quantity, or its label's amount), its measure, the catalog's
-- price when it was sold at another, its own discount and its share of the order discount, and what it came to after
-- both (net). An order keeps its order discount and its taxes (tax_added: what was added to prices that exclude them),
-- so that its lines' nets plus tax_added are its total. The measured rules are the till's own (terminal V12): the
-- office never refuses what the till accepted.

ALTER TABLE office.payments
    DROP CONSTRAINT payments_method_check,
    DROP CONSTRAINT payments_check,
    ALTER COLUMN tendered DROP NOT NULL,
    ALTER COLUMN change DROP NOT NULL,
    ADD COLUMN kind text NOT NULL DEFAULT 'CASH' CHECK (kind IN ('CASH', 'CARD', 'UPI', 'OTHER')),
    ADD COLUMN position int NOT NULL DEFAULT 0 CHECK (position >= 0),
    ADD COLUMN approval_code text CHECK (approval_code ~ '^[A-Za-z0-9]{4,12}$'),
    ADD COLUMN last_four text CHECK (last_four ~ '^[0-9]{4}$'),
    ADD COLUMN reference text CHECK (reference ~ '^[A-Za-z0-9-]{1,35}$'),
    ADD COLUMN vpa text CHECK (vpa ~ '^[^@]+@[^@]+$'),
    ADD CONSTRAINT payments_method_named CHECK (length(method) BETWEEN 1 AND 24 AND method = btrim(method)),
    ADD CONSTRAINT payments_cash_tendered CHECK ((kind = 'CASH') = (tendered IS NOT NULL AND change IS NOT NULL)),
    ADD CONSTRAINT payments_cash_change CHECK (kind <> 'CASH' OR (change >= 0 AND tendered - change = amount)),
    ADD CONSTRAINT payments_card_approval_code CHECK ((kind = 'CARD') = (approval_code IS NOT NULL)),
    ADD CONSTRAINT payments_card_last_four CHECK ((kind = 'CARD') = (last_four IS NOT NULL)),
    ADD CONSTRAINT payments_card_no_reference CHECK (kind <> 'CARD' OR reference IS NULL),
    ADD CONSTRAINT payments_upi_vpa CHECK ((kind = 'UPI') = (vpa IS NOT NULL)),
    ADD CONSTRAINT payments_position UNIQUE (store_id, terminal_id, order_id, position);

ALTER TABLE office.payments ALTER COLUMN kind DROP DEFAULT, ALTER COLUMN position DROP DEFAULT;

-- After V1's check of the method is gone: it allowed 'CASH' alone.
UPDATE office.payments SET method = 'Cash' WHERE method = 'CASH';

ALTER TABLE office.order_lines
    DROP CONSTRAINT order_lines_check,
    ADD COLUMN measure text CHECK (measure IN ('WEIGHT', 'PRICE')),
    ADD COLUMN measured bigint CHECK (measured >= 1),
    ADD COLUMN regular_price bigint CHECK (regular_price >= 0),
    ADD COLUMN discount bigint NOT NULL DEFAULT 0 CHECK (discount >= 0),
    ADD COLUMN order_discount_share bigint NOT NULL DEFAULT 0 CHECK (order_discount_share >= 0),
    ADD COLUMN net bigint GENERATED ALWAYS AS (amount - discount - order_discount_share) STORED,
    ADD CONSTRAINT order_lines_measured CHECK ((measure IS NULL) = (measured IS NULL)),
    ADD CONSTRAINT order_lines_amount CHECK (CASE measure
        WHEN 'WEIGHT' THEN quantity = 1 AND amount = (unit_price * measured + 500) / 1000
        WHEN 'PRICE' THEN quantity = 1 AND amount = measured
        ELSE amount = unit_price * quantity END),
    ADD CONSTRAINT order_lines_regular_price CHECK (regular_price IS NULL OR measure IS NULL),
    ADD CONSTRAINT order_lines_discounts_within CHECK (discount + order_discount_share <= amount);

ALTER TABLE office.orders
    ADD COLUMN order_discount bigint NOT NULL DEFAULT 0 CHECK (order_discount >= 0),
    ADD COLUMN tax bigint NOT NULL DEFAULT 0 CHECK (tax >= 0),
    ADD COLUMN tax_added bigint NOT NULL DEFAULT 0 CHECK (tax_added >= 0 AND tax_added <= tax AND tax_added <= total);
