package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.store.TestTill.INR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The office's master data applied on a terminal's real SQLite file, without the office: what a pull may bring that a
 * naive apply would break on (names swapped, a badge moved, the same pull twice, another store's, a damaged row).
 */
class SqlMasterDataTest {
    private static final byte[] STORE_KEY = HexFormat.of().parseHex("11".repeat(CashierHashes.KEY_BYTES));

    @TempDir
    Path dir;

    private static SqlMasterData.CashierRow cashier(long id, String name, Optional<String> badge, boolean active) {
        return new SqlMasterData.CashierRow(id, name, Role.CASHIER,
                badge.map(code -> CashierHashes.badge(code, STORE_KEY)), Optional.empty(), Optional.empty(), active);
    }

    private static SqlMasterData.ProductRow product(long id, String category, String name, long paise) {
        return new SqlMasterData.ProductRow(id, category, name, Money.of(paise, INR), (int) id, true);
    }

    @Test
    void twoProductsSwappingNamesAndABadgeMovingToAnotherCashierApplyInOnePull() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            SqlMasterData master = new SqlMasterData(till.database, till.clock);
            SqlCashiers cashiers = till.cashiersOfStore(Optional.of(STORE_KEY));
            assertThat(master.apply(new SqlMasterData.Changes("S1", 5,
                    List.of(cashier(1, "Anu", Optional.of("B-1"), true), cashier(2, "Bala", Optional.empty(), true)),
                    List.of(product(1, "Drinks", "Tea", 2000), product(2, "Drinks", "Coffee", 2500))))).isTrue();
            assertThat(cashiers.byBadge("B-1")).map(Cashier::name).contains("Anu");
            // The local demo products are off sale; Tea and Coffee are new (not in the demo catalog under these names).
            assertThat(till.catalog.products()).extracting(Product::name).containsExactly("Coffee", "Tea");

            assertThat(master.apply(new SqlMasterData.Changes("S1", 9,
                    List.of(cashier(1, "Anu", Optional.empty(), false), cashier(2, "Bala", Optional.of("B-1"), true)),
                    List.of(product(1, "Drinks", "Coffee", 2000), product(2, "Drinks", "Tea", 2500))))).isTrue();
            assertThat(cashiers.byBadge("B-1")).map(Cashier::name).contains("Bala");
            assertThat(cashiers.active()).extracting(Cashier::name).containsExactly("Bala");
            assertThat(till.catalog.products()).extracting(Product::name, Product::price).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Coffee", Money.of(2000, INR)),
                    org.assertj.core.groups.Tuple.tuple("Tea", Money.of(2500, INR)));
            assertThat(master.version()).isEqualTo(9);
        }
    }

    @Test
    void aPullAppliedTwiceOrOfAnotherStoreChangesNothing() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            SqlMasterData master = new SqlMasterData(till.database, till.clock);
            SqlMasterData.Changes first = new SqlMasterData.Changes("S1", 3,
                    List.of(cashier(1, "Anu", Optional.of("B-1"), true)), List.of());
            assertThat(master.apply(first)).isTrue();
            String before = TestDatabase.allText(till.database.file(), List.of("cashiers", "products", "meta"));
            // The same pull again (its commit's answer lost), or an older one: nothing.
            assertThat(master.apply(first)).isFalse();
            assertThat(master.apply(new SqlMasterData.Changes("S1", 2,
                    List.of(cashier(1, "Old name", Optional.empty(), true)), List.of()))).isFalse();
            assertThatThrownBy(() -> master.apply(new SqlMasterData.Changes("S2", 7,
                    List.of(cashier(1, "Mallory", Optional.empty(), true)), List.of())))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("came from store S1");
            assertThat(TestDatabase.allText(till.database.file(), List.of("cashiers", "products", "meta")))
                    .isEqualTo(before);
        }
    }

    @Test
    void aProductOfTheTerminalWithTheOfficesNameIsAdoptedKeepingItsId() throws Exception {
        try (TestTill till = TestTill.in(dir).open()) {
            long chai = till.product("Masala chai").id();
            new SqlMasterData(till.database, till.clock).apply(new SqlMasterData.Changes("S1", 1, List.of(),
                    List.of(product(40, "drinks", "MASALA CHAI", 2200))));
            assertThat(till.catalog.products()).extracting(Product::id, Product::name).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(chai, "MASALA CHAI"));
        }
    }

    @Test
    void damagedRowsFromTheOfficeAreRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> new SqlMasterData.CashierRow(1, "Anu", Role.CASHIER, Optional.of("7007"),
                Optional.empty(), Optional.empty(), true)).hasMessageContaining("damaged");
        assertThatThrownBy(() -> new SqlMasterData.CashierRow(1, "Anu", Role.CASHIER, Optional.empty(),
                Optional.of("100000$" + "A".repeat(43) + "="), Optional.empty(), true)).hasMessageContaining("damaged");
        assertThatThrownBy(() -> new SqlMasterData.CashierRow(1, "<b>Anu</b>", Role.CASHIER, Optional.empty(),
                Optional.empty(), Optional.empty(), true)).hasMessageContaining("name");
        assertThatThrownBy(() -> new SqlMasterData.CashierRow(1, "Anu", Role.CASHIER,
                Optional.of(CashierHashes.badge("7007", STORE_KEY)), Optional.empty(), Optional.empty(), false))
                .hasMessageContaining("disabled but keeps a badge");
        assertThatThrownBy(() -> new SqlMasterData.ProductRow(1, "Drinks", "Tea", Money.of(-1, INR), 0, true))
                .hasMessageContaining("out of range");
    }
}
