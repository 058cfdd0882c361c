package app.tillpoint.kiosk;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.kiosk.admin.CatalogCommand;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static app.tillpoint.api.ui.Names.CART_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.CART_MESSAGE;
import static app.tillpoint.api.ui.Names.CART_TAX_PREFIX;
import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.PAY_CASH;
import static app.tillpoint.api.ui.Names.PAY_CONFIRM;
import static app.tillpoint.api.ui.Names.PAY_QUICK_PREFIX;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Weight and price barcodes on the real kiosk: a store whose scales print 21 + item + grams and 22 + item + paise
 * (terminal.json's {@code scaleBarcodes}), its catalog imported with the items' codes and GST. A weight label and a
 * price label are scanned as the wedge types them and sold; a misread label, an unknown item and a weight label on an
 * item priced by the piece are refused, each saying so and changing nothing; the order, its measured lines and taxes
 * are stored to the paisa.
 */
@GuiTest
class ScaleBarcodeGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void aWeightLabelAndAPriceLabelAreSoldAndStoredAndBadLabelsChangeNothing() throws Exception {
        TestKiosk.start(dataDir).close();
        weighingStore();

        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            long cashews = kiosk.count("SELECT id FROM products WHERE name = 'Cashews (per kg)' AND active = 1");

            // 21 | 10001 | 01255 | 6: 1.255 kg of cashews at ₹999.99 a kg, 125,498.745 paise → ₹1,254.99.
            kiosk.scanProduct("2110001012556");
            kiosk.waitForText(CART_TOTAL, "₹1,254.99");
            kiosk.waitForText(CART_LINE_PREFIX + cashews + ".unitPrice", "1.255 kg at ₹999.99/kg");

            kiosk.scanProduct("2110001012557"); // the same label misread: its check digit is wrong
            kiosk.waitForText(CART_MESSAGE, "This label did not read right (its check digit): scan it again");
            kiosk.scanProduct("2199999010003");
            kiosk.waitForText(CART_MESSAGE, "No product has the scale item code 99999");
            kiosk.scanProduct("2120002005006"); // 500 g of the cheese, which is priced by its label
            kiosk.waitForText(CART_MESSAGE, "Cheese wedge is not sold by weight: its price is not per kilogram");
            kiosk.waitForText(CART_TOTAL, "₹1,254.99");

            // 22 | 20002 | 21250 | 0: the cheese's label, ₹212.50.
            kiosk.scanProduct("2220002212500");
            kiosk.waitForText(CART_TOTAL, "₹1,467.49");
            // Included, per line: 125,499 × 2.5 / 105 → ₹29.88 of CGST 2.5 %, then SGST; 21,250 × 6 / 112 → ₹11.38.
            kiosk.waitForText(CART_TAX_PREFIX + 0, "₹29.88");
            kiosk.waitForText(CART_TAX_PREFIX + 2, "₹11.38");
            kiosk.screenshot("register-scale-labels");

            kiosk.tap(PAY_CASH);
            kiosk.tap(PAY_QUICK_PREFIX + 146_749);
            kiosk.tap(PAY_CONFIRM);
            kiosk.waitForText(CART_TOTAL, "₹0.00");

            assertThat(kiosk.count("SELECT total FROM orders")).isEqualTo(146_749);
            assertThat(kiosk.count("SELECT count(*) FROM order_lines")).isEqualTo(2);
            assertThat(kiosk.count("SELECT measured FROM order_lines WHERE measure = 'WEIGHT' AND list_price = 99999 "
                    + "AND amount = 125499")).isEqualTo(1_255);
            assertThat(kiosk.count("SELECT measured FROM order_lines WHERE measure = 'PRICE' AND amount = 21250"))
                    .isEqualTo(21_250);
            assertThat(kiosk.count("SELECT sum(tax) FROM order_taxes")).isEqualTo(2 * 2_988 + 2 * 1_138);

            // The demo's simulated printer: the receipt says the weight and the taxes by rate.
            assertThat(new PrintedSlips(dataDir).waitFor("Order ")).containsSubsequence("1 x Cashews (per kg)", "₹1,254.99",
                    "1.255 kg @ ₹999.99/kg", "1 x Cheese wedge", "₹212.50", "Total", "₹1,467.49", "Tax summary",
                    "Taxable value", "₹1,195.23", "CGST 2.5%", "₹29.88", "SGST 2.5%", "₹29.88", "Taxable value",
                    "₹189.74", "CGST 6%", "₹11.38", "SGST 6%", "₹11.38", "Taxes included", "₹82.52");
        }
    }

    /** The scales' rules into terminal.json, and a catalog of a weighed and a labelled item. */
    private void weighingStore() throws Exception {
        Path config = dataDir.resolve("terminal.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(config.toFile());
        root.set("scaleBarcodes", json.readTree("[{\"prefix\": \"21\", \"itemDigits\": 5, \"content\": \"weight\"},"
                + " {\"prefix\": \"22\", \"itemDigits\": 5, \"content\": \"price\"}]"));
        json.writerWithDefaultPrettyPrinter().writeValue(config.toFile(), root);

        Path csv = Files.writeString(dataDir.resolve("scale-items.csv"), """
                name,category,price,taxes,barcodes
                Cashews (per kg),Dry fruit,999.99,CGST 2.5% + SGST 2.5%,2110001000003
                Cheese wedge,Dairy,850.00,CGST 6% + SGST 6%,2220002000008
                """, StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
             PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = new CatalogCommand().run(List.of("import", csv.toString()), dataDir, config, out, errors);
            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        }
    }
}
