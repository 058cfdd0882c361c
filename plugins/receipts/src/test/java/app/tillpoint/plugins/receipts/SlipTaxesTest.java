package app.tillpoint.plugins.receipts;

import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.TaxRate;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.EN_IN;
import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Taxes on paper: the receipt and the X and Z reports print the taxes by rate (each taxable value, CGST and SGST on
 * lines of their own, the taxes in all), at 48 and 32 columns, never splitting an amount. India's GST worked example
 * (3 × ₹52.00 at 5 %, ₹349.00 at 12 %, 2 × ₹199.00 at 18 %, prices including the tax), checked to the paisa.
 */
class SlipTaxesTest {
    private static final Product ATTA = new Product(2, "Atta 1 kg", "Grocery", paise(5_200), gst("2.5"));
    private static final Product GHEE = new Product(3, "Ghee 500 ml", "Grocery", paise(34_900), gst("6"));
    private static final Product SHAMPOO = new Product(4, "Shampoo", "Care", paise(19_900), gst("9"));

    private final Slips slips = new Slips(Shift.STORE, "CHN LS Terminal 01", EN_IN, KOLKATA);

    @Test
    void theReceiptAtEightyMillimetresEndsWithItsTaxesByRate() {
        String paper = paper(slips.receipt(groceries(), false), 48);

        // 156.00 × 2.5 / 105 = 3.714 → 3.71 of CGST and of SGST, taxable 156.00 − 7.42 = 148.58;
        // 349.00 × 6 / 112 = 18.696 → 18.70 each, taxable 311.60; 398.00 × 9 / 118 = 30.355 → 30.36 each, 337.28.
        assertThat(paper).contains("""
                Total                                    ₹903.00
                Paid by cash                           ₹1,000.00
                Change                                    ₹97.00
                ------------------------------------------------
                Tax summary
                Taxable value                            ₹148.58
                  CGST 2.5%                                ₹3.71
                  SGST 2.5%                                ₹3.71
                Taxable value                            ₹311.60
                  CGST 6%                                 ₹18.70
                  SGST 6%                                 ₹18.70
                Taxable value                            ₹337.28
                  CGST 9%                                 ₹30.36
                  SGST 9%                                 ₹30.36
                Taxes included                           ₹105.54
                ------------------------------------------------
                         Thank you for shopping with us""");
    }

    @Test
    void atFiftyEightMillimetresEveryTaxAmountStaysWholeOnItsLine() {
        String paper = paper(slips.receipt(groceries(), false), 32);

        assertThat(paper).contains("""
                Tax summary
                Taxable value            ₹148.58
                  CGST 2.5%                ₹3.71
                  SGST 2.5%                ₹3.71
                Taxable value            ₹311.60
                  CGST 6%                 ₹18.70
                  SGST 6%                 ₹18.70
                Taxable value            ₹337.28
                  CGST 9%                 ₹30.36
                  SGST 9%                 ₹30.36
                Taxes included           ₹105.54""");
    }

    @Test
    void aWeighedLineSaysItsWeightAndPricePerKilogram() {
        Product cashews = new Product(5, "Cashews (per kg)", "Dry fruit", paise(99_999), gst("2.5"));
        Cart cart = Cart.empty(INR).add(cashews, new Measure(ScaleBarcode.Content.WEIGHT_GRAMS, 1_255));
        Order order = new Order(102, 12, Instant.parse("2026-11-26T04:15:00Z"), ASHA, cart.lines(), cart.total(),
                paise(130_000), paise(130_000 - 125_499), cart.taxes());

        assertThat(paper(slips.receipt(order, false), 32)).contains("""
                1 x Cashews (per kg)   ₹1,254.99
                  1.255 kg @ ₹999.99/kg""", """
                Taxable value          ₹1,195.23
                  CGST 2.5%               ₹29.88""");
    }

    @Test
    void pricesWithoutTaxSayTheTaxesWereAdded() {
        Cart cart = Cart.empty(INR, new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE)).add(SHAMPOO);
        Order order = new Order(103, 12, Instant.parse("2026-11-26T04:25:00Z"), ASHA, cart.lines(), cart.total(),
                paise(30_000), paise(30_000).minus(cart.total()), cart.taxes());

        // 199.00 × 9 % = 17.91 each: ₹234.82 to pay.
        assertThat(paper(slips.receipt(order, false), 48)).contains(
                "Taxable value                            ₹199.00", "  CGST 9%                                 ₹17.91",
                "Taxes added                               ₹35.82", "Total                                    ₹234.82");
    }

    @Test
    void theZReportAndTheXReportAddTheSessionsTaxesByRate() {
        TaxSummary session = TaxSummary.sum(INR, List.of(groceries().taxes(), groceries().taxes()));

        String z = paper(slips.zReport(Shift.summary(), session, Shift.closing()), 48);
        assertThat(z).contains("""
                Expected cash                          ₹1,360.00
                ------------------------------------------------
                Tax summary
                Taxable value                            ₹297.16
                  CGST 2.5%                                ₹7.42
                  SGST 2.5%                                ₹7.42
                Taxable value                            ₹623.20
                  CGST 6%                                 ₹37.40
                  SGST 6%                                 ₹37.40
                Taxable value                            ₹674.56
                  CGST 9%                                 ₹60.72
                  SGST 9%                                 ₹60.72
                Taxes included                           ₹211.08
                ------------------------------------------------
                Counted at closing""");
        String x = paper(slips.xReport(Shift.summary(), session, Instant.parse("2026-11-26T08:00:00Z"), "Asha"), 32);
        assertThat(x).contains("Taxable value            ₹674.56", "  SGST 9%                 ₹60.72",
                "Taxes included           ₹211.08");
        assertThat(paper(slips.zReport(Shift.summary(), TaxSummary.none(INR), Shift.closing()), 48))
                .doesNotContain("Tax summary");
    }

    @Test
    void withARefundTheReportsPrintEachRateLessWhatTheRefundGaveBackAndSaySo() {
        // One shampoo of two went back: half its CGST 9 % and SGST 9 % (30.36 each, on 337.28).
        Refund refund = shampooBack();
        SessionTaxes taxes = new SessionTaxes(groceries().taxes(), refund.taxes());

        String z = paper(slips.zReport(Shift.summary(), taxes, Shift.closing()), 48);
        assertThat(z).contains("""
                Expected cash                          ₹1,360.00
                ------------------------------------------------
                Tax summary less refunds
                Taxable value                            ₹148.58
                  CGST 2.5%                                ₹3.71
                  SGST 2.5%                                ₹3.71
                Taxable value                            ₹311.60
                  CGST 6%                                 ₹18.70
                  SGST 6%                                 ₹18.70
                Taxable value                            ₹168.64
                  CGST 9%                                 ₹15.18
                  SGST 9%                                 ₹15.18
                Taxes included                           ₹105.54
                Less refunds                             -₹30.36
                Net taxes included                        ₹75.18
                ------------------------------------------------
                Counted at closing""");
        String x = paper(slips.xReport(Shift.summary(), taxes, Instant.parse("2026-11-26T08:00:00Z"), "Asha"), 32);
        assertThat(x).contains("""
                Tax summary less refunds
                Taxable value            ₹148.58""", """
                Taxable value            ₹168.64
                  CGST 9%                 ₹15.18
                  SGST 9%                 ₹15.18
                Taxes included           ₹105.54
                Less refunds             -₹30.36
                Net taxes included        ₹75.18""");
    }

    @Test
    void aSessionThatOnlyRefundedARatePrintsItBelowZero() {
        SessionTaxes taxes = new SessionTaxes(TaxSummary.none(INR), shampooBack().taxes());

        assertThat(paper(slips.zReport(Shift.summary(), taxes, Shift.closing()), 32)).contains("""
                Tax summary less refunds
                Taxable value           -₹168.64
                  CGST 9%                -₹15.18
                  SGST 9%                -₹15.18
                Taxes included             ₹0.00
                Less refunds             -₹30.36
                Net taxes included       -₹30.36""");
    }

    @Test
    void theRefundSlipEndsWithTheTaxItGaveBack() {
        String paper = paper(slips.refund(shampooBack(), groceries()), 48);

        assertThat(paper).endsWith("""
                Refunded                                 ₹199.00
                Paid back by cash
                ------------------------------------------------
                Tax returned
                Taxable value                            ₹168.64
                  CGST 9%                                 ₹15.18
                  SGST 9%                                 ₹15.18
                Taxes returned                            ₹30.36""");
        assertThat(paper(slips.refund(Shift.refund(), Shift.order()), 48)).as("an order without taxes")
                .doesNotContain("Tax returned");
    }

    /** One of the two shampoos of the worked example given back in cash, with the taxes the store works out. */
    private static Refund shampooBack() {
        Order order = groceries();
        List<RefundLine> lines = List.of(new RefundLine(3, 1));
        Refundable refundable = new Refundable(order, Map.of(), paise(0), List.of(Refund.CASH));
        return new Refund(9, order.id(), 12, Instant.parse("2026-11-26T07:30:00Z"), ASHA, lines,
                refundable.amountOf(lines), Refund.CASH, Optional.empty(), refundable.taxesOf(lines));
    }

    /** The worked example as stored: the cart's own taxes. */
    private static Order groceries() {
        Cart cart = Cart.empty(INR).add(ATTA).withQuantity(ATTA.id(), 3).add(GHEE).add(SHAMPOO)
                .withQuantity(SHAMPOO.id(), 2);
        return new Order(101, 12, Instant.parse("2026-11-26T04:05:00Z"), ASHA, cart.lines(), cart.total(),
                paise(100_000), paise(100_000).minus(cart.total()), cart.taxes());
    }

    private static String paper(PrintJob job, int columns) {
        List<PrintJob.Row> rows = job.layout(columns, UnaryOperator.identity());
        assertThat(rows).allSatisfy(row -> assertThat(row.text().length()).isLessThanOrEqualTo(columns));
        return String.join("\n", rows.stream().map(row -> row.text().stripTrailing()).toList());
    }

    private static List<TaxRate> gst(String half) {
        return List.of(TaxRate.of("CGST", half), TaxRate.of("SGST", half));
    }

    private static Money paise(long paise) {
        return Money.of(paise, INR);
    }
}
