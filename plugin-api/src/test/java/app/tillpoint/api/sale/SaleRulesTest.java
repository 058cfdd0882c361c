package app.tillpoint.api.sale;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Test;

import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of a payment in the value types: methods, tenders, split tender with change from cash only. */
class SaleRulesTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final PaymentMethod CARD = PaymentMethod.of("Card", PaymentMethod.Kind.CARD);
    private static final PaymentMethod UPI = PaymentMethod.upi("UPI", "shop.name@okaxis", "Shop & Co");
    private static final Cashier ASHA = new Cashier(1, "Asha", Role.CASHIER, false);
    private static final Cart CART = Cart.empty(INR).add(new Product(1, "Chai", "Drinks", Money.ofMajor(100, INR)));

    private static Money rupees(long rupees) {
        return Money.ofMajor(rupees, INR);
    }

    @Test
    void theUpiLinkCarriesTheVpaPayeeAmountAndNotePercentEncoded() {
        assertThat(UPI.upiLink(Money.of(12_350, INR), "T01 #42")).isEqualTo(
                "upi://pay?pa=shop.name%40okaxis&pn=Shop%20%26%20Co&am=123.50&tn=T01%20%2342");
        assertThatThrownBy(() -> UPI.upiLink(rupees(0), "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CARD.upiLink(rupees(1), "x")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMethodIsRefusedWhenItsNameOrVpaIsWrong() {
        assertThatThrownBy(() -> PaymentMethod.upi("UPI", "no-at-sign", "Shop")).hasMessageContaining("VPA");
        assertThatThrownBy(() -> PaymentMethod.upi("UPI", "shop@okaxis", " ")).hasMessageContaining("payee");
        assertThatThrownBy(() -> new PaymentMethod("Card", PaymentMethod.Kind.CARD, "shop@okaxis", "Shop"))
                .hasMessageContaining("Only a UPI method");
        assertThatThrownBy(() -> PaymentMethod.of(" Card", PaymentMethod.Kind.CARD)).hasMessageContaining("1 to 24");
        assertThatThrownBy(() -> PaymentMethod.of("<html>x", PaymentMethod.Kind.OTHER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changeComesFromCashOnly() {
        Sale split = new Sale(ASHA, CART, List.of(Tender.card(CARD, rupees(60), "A1B2", "4242"),
                Tender.cash(rupees(50))));
        assertThat(split.change()).isEqualTo(rupees(10));
        assertThat(split.tendered()).isEqualTo(rupees(110));
        assertThat(split.involvesCash()).isTrue();
        assertThat(new Sale(ASHA, CART, List.of(Tender.of(UPI, rupees(100), ""))).involvesCash()).isFalse();

        assertThatThrownBy(() -> new Sale(ASHA, CART, List.of(Tender.card(CARD, rupees(101), "A1B2", "4242"))))
                .hasMessageContaining("change is given from cash only");
        assertThatThrownBy(() -> new Sale(ASHA, CART, List.of(Tender.cash(rupees(99)))))
                .hasMessageContaining("less than the total");
        assertThatThrownBy(() -> new Sale(ASHA, CART, List.of())).hasMessageContaining("Nothing was paid");
        assertThatThrownBy(() -> new Sale(ASHA, CART, List.of(Tender.cash(Money.ofMajor(100,
                Currency.getInstance("USD")))))).hasMessageContaining("USD");
    }

    @Test
    void aCardKeepsItsApprovalCodeAndLastFourAndNothingElseHasThem() {
        assertThatThrownBy(() -> Tender.card(CARD, rupees(1), "A1", "4242")).hasMessageContaining("approval code");
        assertThatThrownBy(() -> Tender.card(CARD, rupees(1), "A1B2", "424a")).hasMessageContaining("last four");
        assertThatThrownBy(() -> Tender.card(UPI, rupees(1), "A1B2", "4242")).hasMessageContaining("not a card");
        assertThatThrownBy(() -> Tender.of(CARD, rupees(1), "")).hasMessageContaining("approval code");
        assertThatThrownBy(() -> new Tender(UPI, rupees(1), "A1B2", "4242", "")).hasMessageContaining("Only a card");
        assertThatThrownBy(() -> Tender.of(UPI, rupees(1), "x".repeat(36))).hasMessageContaining("up to 35");
        assertThatThrownBy(() -> Tender.cash(rupees(-1))).hasMessageContaining("more than zero");
    }
}
