-- Version 11: product barcodes (issue 21). Several per product, one product per barcode on this terminal: the primary
-- key is the lookup key of plugin-api's Barcode#key (the GTIN as 14 digits for EAN-13, EAN-8, UPC-A and UPC-E, the
-- text of a Code 128), so a UPC-A and its EAN-13 cannot name two products. An import replaces them with the catalog.
CREATE TABLE product_barcodes (
    lookup     TEXT    NOT NULL PRIMARY KEY CHECK (length(lookup) BETWEEN 1 AND 48),
    product_id INTEGER NOT NULL REFERENCES products (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('EAN_13', 'EAN_8', 'UPC_A', 'UPC_E', 'CODE_128')),
    code       TEXT    NOT NULL CHECK (length(code) BETWEEN 1 AND 48)
) STRICT;

CREATE INDEX product_barcodes_by_product ON product_barcodes (product_id);
