package app.tillpoint.kiosk.office;

import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.kiosk.store.SqlMasterData;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A product's tax rates and barcodes as the office's {@code products} row holds them (office V4): the rates as a JSON
 * list of {@code {"name": "CGST", "ppm": 25000}}, the barcodes as the catalog writes them. Read back strictly: a value
 * that does not read is refused, naming the product, before anything is stored on the terminal.
 */
final class OfficeCatalog {
    private static final ObjectMapper JSON = new ObjectMapper();

    private OfficeCatalog() {
    }

    /** The rates as the office stores them. */
    static String taxesJson(List<TaxRate> taxes) {
        ArrayNode array = JSON.createArrayNode();
        taxes.forEach(rate -> array.addObject().put("name", rate.name()).put("ppm", rate.partsPerMillion()));
        return array.toString();
    }

    /**
     * The rates of office product {@code productId}.
     *
     * @throws IllegalArgumentException if they do not read as rates
     */
    static List<TaxRate> taxes(long productId, String json) {
        try {
            JsonNode array = JSON.readTree(json);
            List<TaxRate> rates = new ArrayList<>();
            for (JsonNode rate : array) {
                JsonNode name = rate.get("name");
                JsonNode ppm = rate.get("ppm");
                if (rate.size() != 2 || name == null || !name.isTextual() || ppm == null || !ppm.canConvertToLong()
                        || !ppm.isIntegralNumber()) {
                    throw new IllegalArgumentException("Office product " + productId + " has a tax rate that does "
                            + "not read: " + rate);
                }
                rates.add(TaxRate.ofPartsPerMillion(name.textValue(), ppm.longValue()));
            }
            if (!array.isArray()) {
                throw new IllegalArgumentException("Office product " + productId + "'s taxes are no list: " + json);
            }
            return rates;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Office product " + productId + "'s taxes do not read: " + json, e);
        }
    }

    /**
     * The picture of office product {@code productId} (office V9): none for a NULL name.
     *
     * @throws IllegalArgumentException naming the product if the name leaves {@code images/} or has no digest
     */
    static Optional<SqlMasterData.Picture> picture(long productId, String name, String sha256) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SqlMasterData.Picture(name, sha256));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Office product " + productId + "'s " + e.getMessage(), e);
        }
    }

    /**
     * The barcodes of office product {@code productId}, each checked as an import checks it (its check digit).
     *
     * @throws IllegalArgumentException naming the product and the barcode that does not read
     */
    static List<Barcode> barcodes(long productId, String[] written) {
        List<Barcode> barcodes = new ArrayList<>();
        for (String code : written) {
            try {
                barcodes.add(Barcode.parse(code));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Office product " + productId + " has a barcode that does not "
                        + "read, " + code + ": " + e.getMessage(), e);
            }
        }
        return barcodes;
    }
}
