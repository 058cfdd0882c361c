-- Version 8: master data from the back office (issue 15). A cashier or a product pulled from the office keeps the
-- office's id beside the terminal's own (which orders, sessions and the audit keep referring to); the terminal's own
-- rows have none. How far the pull got is meta's office_master_version (the office's version, not a count), and the
-- store it came from office_master_store.
ALTER TABLE cashiers ADD COLUMN office_id INTEGER;

CREATE UNIQUE INDEX cashiers_by_office_id ON cashiers (office_id) WHERE office_id IS NOT NULL;

ALTER TABLE products ADD COLUMN office_id INTEGER;

CREATE UNIQUE INDEX products_by_office_id ON products (office_id) WHERE office_id IS NOT NULL;
