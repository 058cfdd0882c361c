package app.tillpoint.api.sale;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tax engine against worked examples, each written out by hand beside its figures: {@code A × r / (1 + R)} for
 * prices that include the taxes, {@code A × r} for prices that exclude them, half-up to the minor unit.
 */
class TaxRuleTest {
    private static final Currency INR = Currency.getInstance("INR");
    private static final Currency EUR = Currency.getInstance("EUR");

    private static final TaxRule INCLUDED_PER_LINE = new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_LINE);
    private static final TaxRule INCLUDED_PER_ORDER = new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_ORDER);
    private static final TaxRule EXCLUDED_PER_LINE = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE);
    private static final TaxRule EXCLUDED_PER_ORDER = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_ORDER);

    /** India's GST: each slab split half and half between the centre (CGST) and the state (SGST). */
    static final List<TaxRate> GST_5 = List.of(TaxRate.of("CGST", "2.5"), TaxRate.of("SGST", "2.5"));
    static final List<TaxRate> GST_12 = List.of(TaxRate.of("CGST", "6"), TaxRate.of("SGST", "6"));
    static final List<TaxRate> GST_18 = List.of(TaxRate.of("CGST", "9"), TaxRate.of("SGST", "9"));

    private static final Product ATTA = new Product(1, "Atta 1 kg", "Grocery", rupees(5_200), GST_5);
    private static final Product GHEE = new Product(2, "Ghee 500 ml", "Grocery", rupees(34_900), GST_12);
    private static final Product SHAMPOO = new Product(3, "Shampoo", "Care", rupees(19_900), GST_18);

    /** 3 × ₹52.00 at 5 %, ₹349.00 at 12 %, 2 × ₹199.00 at 18 %: ₹903.00 on the shelf. */
    private static final List<CartLine> INDIAN_CART = List.of(new CartLine(ATTA, 3), new CartLine(GHEE, 1),
            new CartLine(SHAMPOO, 2));

    private static final TaxRate MWST_7 = TaxRate.of("MwSt", "7");
    private static final TaxRate MWST_19 = TaxRate.of("MwSt", "19");

    /** Germany's VAT: 7 % on food, 19 % on the rest. €2.49 + 2 × €1.19 at 7 %, €4.99 + €7.99 at 19 %. */
    private static final List<CartLine> GERMAN_CART = List.of(
            new CartLine(new Product(11, "Brot", "Backwaren", cents(249), List.of(MWST_7)), 1),
            new CartLine(new Product(12, "Milch", "Molkerei", cents(119), List.of(MWST_7)), 2),
            new CartLine(new Product(13, "Kaffee", "Getränke", cents(499), List.of(MWST_19)), 1),
            new CartLine(new Product(14, "Wein", "Getränke", cents(799), List.of(MWST_19)), 1));

    @Nested
    class IndianGst {
        @Test
        void pricesWithTaxSplitIntoCgstAndSgstToThePaisa() {
            // 5 %:  156.00 × 2.5 / 105 = 3.7143 → 3.71 each; basis 156.00 − 7.42 = 148.58
            // 12 %: 349.00 × 6 / 112 = 18.6964 → 18.70 each; basis 349.00 − 37.40 = 311.60
            // 18 %: 398.00 × 9 / 118 = 30.3559 → 30.36 each; basis 398.00 − 60.72 = 337.28
            TaxSummary taxes = INCLUDED_PER_LINE.taxes(INDIAN_CART, INR);

            assertThat(taxes.lines()).containsExactly(
                    line("CGST", "2.5", rupees(14_858), rupees(371)), line("SGST", "2.5", rupees(14_858), rupees(371)),
                    line("CGST", "6", rupees(31_160), rupees(1_870)), line("SGST", "6", rupees(31_160), rupees(1_870)),
                    line("CGST", "9", rupees(33_728), rupees(3_036)), line("SGST", "9", rupees(33_728), rupees(3_036)));
            assertThat(taxes.tax()).isEqualTo(rupees(10_554));
            assertThat(taxes.added()).as("inside the prices").isEqualTo(rupees(0));

            Cart cart = cart(INCLUDED_PER_LINE, INR, INDIAN_CART);
            assertThat(cart.taxes()).isEqualTo(taxes);
            assertThat(cart.total()).as("the shelf prices").isEqualTo(rupees(90_300));
        }

        @Test
        void pricesWithoutTaxAddTheTaxToTheTotal() {
            // 5 %:  156.00 × 2.5 % = 3.90 each; 12 %: 349.00 × 6 % = 20.94 each; 18 %: 398.00 × 9 % = 35.82 each
            TaxSummary taxes = EXCLUDED_PER_LINE.taxes(INDIAN_CART, INR);

            assertThat(taxes.lines()).containsExactly(
                    line("CGST", "2.5", rupees(15_600), rupees(390)), line("SGST", "2.5", rupees(15_600), rupees(390)),
                    line("CGST", "6", rupees(34_900), rupees(2_094)), line("SGST", "6", rupees(34_900), rupees(2_094)),
                    line("CGST", "9", rupees(39_800), rupees(3_582)), line("SGST", "9", rupees(39_800), rupees(3_582)));
            assertThat(taxes.tax()).isEqualTo(rupees(12_132));

            Cart cart = cart(EXCLUDED_PER_LINE, INR, INDIAN_CART);
            assertThat(cart.total()).as("903.00 + 121.32").isEqualTo(rupees(102_432));
        }

        @Test
        void perOrderRoundsEachRateOnceAndItsBasisOnce() {
            // The taxes are those of per line here; the bases are rounded once: 156.00 / 1.05 = 148.571 → 148.57,
            // 349.00 / 1.12 = 311.607 → 311.61, 398.00 / 1.18 = 337.288 → 337.29.
            TaxSummary taxes = INCLUDED_PER_ORDER.taxes(INDIAN_CART, INR);

            assertThat(taxes.lines()).containsExactly(
                    line("CGST", "2.5", rupees(14_857), rupees(371)), line("SGST", "2.5", rupees(14_857), rupees(371)),
                    line("CGST", "6", rupees(31_161), rupees(1_870)), line("SGST", "6", rupees(31_161), rupees(1_870)),
                    line("CGST", "9", rupees(33_729), rupees(3_036)), line("SGST", "9", rupees(33_729), rupees(3_036)));
        }

        @Test
        void aRateIsKeptApartByNameAndPercent() {
            assertThat(TaxRate.of("CGST", "9.00")).isEqualTo(TaxRate.of("CGST", "9"));
            assertThat(TaxRate.of("CGST", "9")).isNotEqualTo(TaxRate.of("CGST", "6"));
            assertThat(TaxRate.of("CGST", "2.50").label()).isEqualTo("CGST 2.5%");
            assertThat(TaxRate.of("GST", "0.125").partsPerMillion()).isEqualTo(1_250);
            assertThat(TaxRate.ofPartsPerMillion("CGST", 90_000)).isEqualTo(TaxRate.of("CGST", "9"));
            assertThat(TaxRate.of("Exempt", "0").partsPerMillion()).isZero();
        }
    }

    @Nested
    class GermanVat {
        @Test
        void perLineAndPerOrderDifferOnTheSameCart() {
            // Per line, prices with VAT: Brot 2.49 × 7 / 107 = 0.1629 → 0.16; Milch 2.38 × 7 / 107 = 0.1557 → 0.16;
            // Kaffee 4.99 × 19 / 119 = 0.7967 → 0.80; Wein 7.99 × 19 / 119 = 1.2757 → 1.28.
            // 7 %: 0.32 on 2.33 + 2.22 = 4.55; 19 %: 2.08 on 4.19 + 6.71 = 10.90.
            TaxSummary perLine = INCLUDED_PER_LINE.taxes(GERMAN_CART, EUR);
            assertThat(perLine.lines()).containsExactly(line(MWST_7, cents(455), cents(32)),
                    line(MWST_19, cents(1_090), cents(208)));
            assertThat(perLine.tax()).isEqualTo(cents(240));

            // Per order: 7 %: 4.87 × 7 / 107 = 0.3186 → 0.32 on 4.87 / 1.07 = 4.551 → 4.55;
            // 19 %: 12.98 × 19 / 119 = 2.0724 → 2.07 on 12.98 / 1.19 = 10.907 → 10.91. One cent less tax.
            TaxSummary perOrder = INCLUDED_PER_ORDER.taxes(GERMAN_CART, EUR);
            assertThat(perOrder.lines()).containsExactly(line(MWST_7, cents(455), cents(32)),
                    line(MWST_19, cents(1_091), cents(207)));
            assertThat(perOrder.tax()).isEqualTo(cents(239));

            assertThat(cart(INCLUDED_PER_LINE, EUR, GERMAN_CART).total()).isEqualTo(cents(1_785));
            assertThat(cart(INCLUDED_PER_ORDER, EUR, GERMAN_CART).total()).isEqualTo(cents(1_785));
        }

        @Test
        void pricesWithoutVat() {
            // 7 %: 4.87 × 7 % = 0.3409 → 0.34 (per line: 0.1743 → 0.17, 0.1666 → 0.17: also 0.34);
            // 19 %: 12.98 × 19 % = 2.4662 → 2.47 (per line: 0.9481 → 0.95, 1.5181 → 1.52: also 2.47).
            TaxSummary taxes = EXCLUDED_PER_LINE.taxes(GERMAN_CART, EUR);
            assertThat(taxes.lines()).containsExactly(line(MWST_7, cents(487), cents(34)),
                    line(MWST_19, cents(1_298), cents(247)));
            assertThat(EXCLUDED_PER_ORDER.taxes(GERMAN_CART, EUR)).isEqualTo(taxes);
            assertThat(cart(EXCLUDED_PER_LINE, EUR, GERMAN_CART).total()).as("17.85 + 2.81").isEqualTo(cents(2_066));
        }

        @Test
        void smallLinesWithoutVatRoundUpOnEachLine() {
            // Three rolls at €0.13 plus 19 %: per line 0.0247 → 0.02 three times, 0.06; per order 0.39 × 19 % =
            // 0.0741 → 0.07.
            List<CartLine> rolls = List.of(
                    new CartLine(new Product(21, "Weizen", "Backwaren", cents(13), List.of(MWST_19)), 1),
                    new CartLine(new Product(22, "Roggen", "Backwaren", cents(13), List.of(MWST_19)), 1),
                    new CartLine(new Product(23, "Dinkel", "Backwaren", cents(13), List.of(MWST_19)), 1));

            assertThat(EXCLUDED_PER_LINE.taxes(rolls, EUR).tax()).isEqualTo(cents(6));
            assertThat(EXCLUDED_PER_ORDER.taxes(rolls, EUR).tax()).isEqualTo(cents(7));
            assertThat(cart(EXCLUDED_PER_LINE, EUR, rolls).total()).isEqualTo(cents(45));
            assertThat(cart(EXCLUDED_PER_ORDER, EUR, rolls).total()).isEqualTo(cents(46));
        }

        @Test
        void aHalfCentRoundsUp() {
            // €0.50 × 1 % = 0.005 → 0.01; with the 1 % inside: 1.01 × 1 / 101 = 0.01 exactly.
            Product half = new Product(31, "Halb", "Test", cents(50), List.of(TaxRate.of("Test", "1")));
            assertThat(EXCLUDED_PER_LINE.taxes(List.of(new CartLine(half, 1)), EUR).tax()).isEqualTo(cents(1));
            Product below = new Product(32, "Unter", "Test", cents(49), List.of(TaxRate.of("Test", "1")));
            assertThat(EXCLUDED_PER_LINE.taxes(List.of(new CartLine(below, 1)), EUR).tax()).isEqualTo(cents(0));
        }
    }

    @Test
    void productsWithoutRatesHaveNoTaxAndTheDefaultCartIsAsBefore() {
        Product chai = new Product(41, "Masala chai", "Drinks", rupees(2_000));
        Cart cart = Cart.empty(INR).add(chai).add(chai);

        assertThat(cart.taxRule()).isEqualTo(TaxRule.DEFAULT);
        assertThat(cart.taxes().isEmpty()).isTrue();
        assertThat(cart.total()).isEqualTo(rupees(4_000));
        assertThat(chai.taxes()).isEmpty();
    }

    @Test
    void badRatesAreRefusedByName() {
        assertThatThrownBy(() -> TaxRate.of("VAT", "-1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tax rate VAT must be from 0 to 100 %, not -1 %");
        assertThatThrownBy(() -> TaxRate.of("VAT", "100.01")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tax rate VAT must be from 0 to 100 %, not 100.01 %");
        assertThatThrownBy(() -> TaxRate.of("  ", "9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A tax rate needs a name, such as CGST or VAT");
        assertThatThrownBy(() -> TaxRate.of("VAT", "nine")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tax rate VAT must be a percentage such as 9 or 2.5, not \"nine\"");
        assertThatThrownBy(() -> TaxRate.of("VAT", "9.00001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The tax rate VAT may have at most 4 decimals, not 9.00001 %");
        assertThatThrownBy(() -> TaxRate.of("x".repeat(41), "9")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 40");
        assertThat(TaxRate.of("VAT", "100").partsPerMillion()).isEqualTo(TaxRate.MILLION);
        assertThatThrownBy(() -> new Product(1, "Tea", "Drinks", rupees(100), List.of(TaxRate.of("CGST", "9"),
                TaxRate.of("CGST", "6")))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("carries a tax rate twice");
    }

    @Test
    void sessionSummariesAddByRate() {
        TaxSummary one = INCLUDED_PER_LINE.taxes(List.of(new CartLine(SHAMPOO, 1)), INR);
        TaxSummary two = INCLUDED_PER_LINE.taxes(List.of(new CartLine(ATTA, 1), new CartLine(SHAMPOO, 1)), INR);

        TaxSummary sum = TaxSummary.sum(INR, List.of(one, TaxSummary.none(INR), two));

        // Shampoo ₹199.00: 199 × 9 / 118 = 15.1780 → 15.18 each, basis 168.64; atta ₹52.00: 1.2381 → 1.24, 49.52.
        assertThat(sum.lines()).containsExactly(
                line("CGST", "9", rupees(33_728), rupees(3_036)), line("SGST", "9", rupees(33_728), rupees(3_036)),
                line("CGST", "2.5", rupees(4_952), rupees(124)), line("SGST", "2.5", rupees(4_952), rupees(124)));
        assertThat(sum.prices()).isEqualTo(TaxRule.Prices.INCLUDED);
        assertThat(new BigDecimal("9")).isEqualTo(sum.lines().get(0).rate().percent());
    }

    private static Cart cart(TaxRule rule, Currency currency, List<CartLine> lines) {
        Cart cart = Cart.empty(currency, rule);
        for (CartLine line : lines) {
            cart = cart.add(line.product());
            cart = cart.withQuantity(line.product().id(), line.quantity());
        }
        return cart;
    }

    private static TaxLine line(String name, String percent, Money basis, Money tax) {
        return line(TaxRate.of(name, percent), basis, tax);
    }

    private static TaxLine line(TaxRate rate, Money basis, Money tax) {
        return new TaxLine(rate, basis, tax);
    }

    private static Money rupees(long paise) {
        return Money.of(paise, INR);
    }

    private static Money cents(long cents) {
        return Money.of(cents, EUR);
    }
}
