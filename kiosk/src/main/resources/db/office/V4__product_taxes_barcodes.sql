-- Version 4: each product's tax rates and barcodes (issue 21), from the same CSV or JSON the terminal imports, carried
-- on the product's row so that a change of either is a new version of the product and reaches the terminals in the
-- next pull. taxes: the rates in the catalog's order, [{"name": "CGST", "ppm": 25000}, ...] (parts per million, whole
-- numbers); barcodes: each as the catalog writes it ("8901234000014", "upce:04252614", "code128:TP-CHAI"). The
-- terminal checks both before it stores them (kiosk.store.SqlMasterData.ProductRow).
ALTER TABLE office.products
    ADD COLUMN taxes jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(taxes) = 'array' AND jsonb_array_length(taxes) <= 5),
    ADD COLUMN barcodes text[] NOT NULL DEFAULT '{}' CHECK (cardinality(barcodes) <= 20);
