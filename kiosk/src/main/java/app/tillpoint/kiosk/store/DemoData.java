package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.TaxRate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The demo cashiers and catalog of a terminal started with {@code --demo}, so the kiosk is usable at once: Asha (badge
 * 1001), Ravi (badge 1002, PIN 2468) and the head cashier Meera (badge 9001, PIN 1234); twelve products of a tea stall
 * in three categories, each with its GST as CGST and SGST (prices include it), four with a picture ({@link DemoImages}). Never on a real terminal: these credentials are in the README.
 */
public final class DemoData {

    private DemoData() {
    }

    /** The demo catalog: name, category, price in rupees, barcodes (EAN-13s of prefix 890, and one of each kind). */
    static final List<String[]> DEMO_PRODUCTS = List.of(
            new String[] {"Masala chai", "Drinks", "20.00", "8901234000014 TP-CHAI"},
            new String[] {"Filter coffee", "Drinks", "25.00", "8901234000021"},
            new String[] {"Lemon soda", "Drinks", "30.00", "8901234000038 012345678905"},
            new String[] {"Mango lassi", "Drinks", "60.00", "8901234000045"},
            new String[] {"Samosa", "Snacks", "15.00", "8901234000052 96385074"},
            new String[] {"Vada pav", "Snacks", "25.00", "8901234000069"},
            new String[] {"Masala dosa", "Snacks", "70.00", "8901234000076"},
            new String[] {"Idli (2 pcs)", "Snacks", "40.00", "8901234000083"},
            new String[] {"Gulab jamun", "Sweets", "30.00", "8901234000090"},
            new String[] {"Mysore pak", "Sweets", "45.00", "8901234000106"},
            new String[] {"Rasgulla", "Sweets", "35.00", "8901234000113 upce:04252614"},
            new String[] {"Jalebi (100 g)", "Sweets", "50.00", "8901234000120"});

    /** The GST of the demo products, in percent, split half and half into CGST and SGST; 5 % for the others. */
    static final Map<String, String> DEMO_GST = Map.of("Lemon soda", "18", "Mango lassi", "12");

    /** The demo catalog as import entries, priced in {@code currency}. */
    static List<CatalogImport.Entry> catalog(Currency currency) {
        List<CatalogImport.Entry> products = new ArrayList<>();
        for (String[] product : DEMO_PRODUCTS) {
            products.add(new CatalogImport.Entry(products.size() + 1, product[0], product[1],
                    Money.parse(product[2], currency), gst(DEMO_GST.getOrDefault(product[0], "5")),
                    Arrays.stream(product[3].split(" ")).map(Barcode::parse).toList(),
                    DemoImages.FILES.get(product[0])));
        }
        return products;
    }

    /** India's GST of {@code percent}: CGST and SGST of half each. */
    static List<TaxRate> gst(String percent) {
        String half = new BigDecimal(percent).divide(BigDecimal.valueOf(2)).toPlainString();
        return List.of(TaxRate.of("CGST", half), TaxRate.of("SGST", half));
    }

    /**
     * Adds the demo cashiers and the demo catalog, and marks the folder a demo's, in one transaction, if the database
     * has no cashier at all: a start cut short at any point leaves all of it or none of it. The badges and PINs are
     * hashed first, outside the transaction, since hashing is slow on purpose.
     *
     * @return whether they were added
     */
    public static boolean seed(Database database, SqlCashiers cashiers, SqlCatalog catalog, Currency currency) {
        if (cashiers.count() > 0) {
            return false;
        }
        List<SqlCashiers.NewCashier> demo = List.of(
                cashiers.prepare("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty()),
                cashiers.prepare("Ravi", Role.CASHIER, Optional.of("1002"), Optional.of("2468")),
                cashiers.prepare("Meera", Role.HEAD_CASHIER, Optional.of("9001"), Optional.of("1234")));
        List<CatalogImport.Entry> products = catalog(currency);
        DemoImages.drawInto(catalog.images());
        return database.inTransaction(connection -> {
            if (cashiers.count() > 0) {
                return false;
            }
            cashiers.insertAll(demo);
            CrashPoint.reached("seeding");
            if (catalog.isEmpty()) {
                catalog.replace(products, "the demo catalog");
            }
            TerminalSetup.mark(connection, TerminalSetup.DEMO);
            return true;
        });
    }
}
