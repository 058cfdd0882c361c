package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.sale.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A scale's barcode looked up in the catalog: the product and what its label measured, or why it cannot be sold.
 *
 * <p>The catalog knows a scale's item by its code with the value zeroed ({@link ScaleBarcode#productCode()}), under
 * the prefix its labels are printed with: a product known under a weight prefix is sold by the kilogram (its price is
 * per kilogram). The item is looked up under the scanned prefix first, then under the store's other prefixes with as
 * many item digits, so a price label finds an item weighed elsewhere; a weight label on an item known only under a
 * price prefix is refused, since its price is not per kilogram.
 *
 * @param product the product found; null when refused
 * @param measure what the label measured; null when refused
 * @param refusal why not, as a key of the plugin's texts with its argument; null when found
 */
record ScaleScan(Product product, Measure measure, Refusal refusal) {

    /** Why a scale's label adds nothing: {@code key} of the texts, with {@code argument}. */
    record Refusal(String key, String argument) {
    }

    ScaleScan {
        if ((refusal == null) == (product == null || measure == null)) {
            throw new IllegalArgumentException("A scale scan is found or refused");
        }
    }

    /** Blocks on the catalog: a background task. */
    static ScaleScan lookUp(Catalog catalog, ScaleBarcode scanned, List<ScaleBarcode.Rule> rules) {
        Objects.requireNonNull(catalog, "catalog");
        List<ScaleBarcode.Rule> order = new ArrayList<>();
        order.add(scanned.rule());
        rules.stream().filter(rule -> !rule.equals(scanned.rule()) && rule.itemDigits() == scanned.rule().itemDigits())
                .forEach(order::add);
        for (ScaleBarcode.Rule rule : order) {
            ScaleBarcode known = new ScaleBarcode(rule, scanned.itemCode(), 0, scanned.code());
            Optional<Product> product = catalog.byBarcode(known.productCode());
            if (product.isPresent()) {
                return judged(product.get(), rule, scanned);
            }
        }
        return refused("scale.unknownItem", scanned.itemCode());
    }

    private static ScaleScan judged(Product product, ScaleBarcode.Rule knownBy, ScaleBarcode scanned) {
        boolean weight = scanned.rule().content() == ScaleBarcode.Content.WEIGHT_GRAMS;
        if (weight && knownBy.content() != ScaleBarcode.Content.WEIGHT_GRAMS) {
            return refused("scale.notByWeight", product.name());
        }
        if (scanned.value() < 1) {
            return refused(weight ? "scale.noWeight" : "scale.noPrice", product.name());
        }
        return new ScaleScan(product, Measure.of(scanned), null);
    }

    private static ScaleScan refused(String key, String argument) {
        return new ScaleScan(null, null, new Refusal(key, argument));
    }
}
