package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.money.Money;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The demo cashiers and catalog of a fresh terminal, so the kiosk is usable at once: Asha (badge 1001), Ravi (badge
 * 1002, PIN 2468) and the head cashier Meera (badge 9001, PIN 1234); twelve products of a tea stall in three
 * categories.
 */
public final class DemoData {

    private DemoData() {
    }

    /**
     * Adds the demo cashiers if the database has no cashier at all, not even a disabled one.
     *
     * @return whether they were added
     */
    public static boolean addIfNoCashiers(SqlCashiers cashiers) {
        if (!cashiers.all().isEmpty()) {
            return false;
        }
        cashiers.add("Asha", Role.CASHIER, Optional.of("1001"), Optional.empty());
        cashiers.add("Ravi", Role.CASHIER, Optional.of("1002"), Optional.of("2468"));
        cashiers.add("Meera", Role.HEAD_CASHIER, Optional.of("9001"), Optional.of("1234"));
        return true;
    }

    /** The demo catalog: name, category, price in rupees. */
    static final List<String[]> DEMO_PRODUCTS = List.of(
            new String[] {"Masala chai", "Drinks", "20.00"},
            new String[] {"Filter coffee", "Drinks", "25.00"},
            new String[] {"Lemon soda", "Drinks", "30.00"},
            new String[] {"Mango lassi", "Drinks", "60.00"},
            new String[] {"Samosa", "Snacks", "15.00"},
            new String[] {"Vada pav", "Snacks", "25.00"},
            new String[] {"Masala dosa", "Snacks", "70.00"},
            new String[] {"Idli (2 pcs)", "Snacks", "40.00"},
            new String[] {"Gulab jamun", "Sweets", "30.00"},
            new String[] {"Mysore pak", "Sweets", "45.00"},
            new String[] {"Rasgulla", "Sweets", "35.00"},
            new String[] {"Jalebi (100 g)", "Sweets", "50.00"});

    /**
     * Adds the demo catalog if the database has never had a product.
     *
     * @return whether it was added
     */
    public static boolean addCatalogIfEmpty(SqlCatalog catalog, Currency currency) {
        if (!catalog.isEmpty()) {
            return false;
        }
        List<CatalogImport.Entry> entries = new ArrayList<>();
        for (String[] product : DEMO_PRODUCTS) {
            entries.add(new CatalogImport.Entry(entries.size() + 1, product[0], product[1],
                    Money.parse(product[2], currency)));
        }
        catalog.replace(entries, "the demo catalog");
        return true;
    }
}
