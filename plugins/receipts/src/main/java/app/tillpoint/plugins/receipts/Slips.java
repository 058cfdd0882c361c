package app.tillpoint.plugins.receipts;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrintJob.Align;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.CartLine;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.sale.Refundable;
import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.sale.Tender;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.Settlement;
import app.tillpoint.api.terminal.StoreDetails;
import app.tillpoint.api.ui.Texts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * What prints, as print jobs: the sale receipt, the refund slip, cash in and out slips, the opening count slip, the X
 * report and the Z report. Pure: no services, no Swing, no printer, so it is tested alone and runs on any thread. Each
 * job starts with the store's header and is cut at its end; the layout to the paper is the printer's
 * ({@link PrintJob#layout}).
 */
final class Slips {
    private final StoreDetails store;
    private final String terminalName;
    private final Locale locale;
    private final Texts texts;
    private final DateTimeFormatter time;

    Slips(StoreDetails store, String terminalName, Locale locale, ZoneId zone) {
        this.store = store;
        this.terminalName = terminalName;
        this.locale = locale;
        this.texts = Texts.of(Slips.class, locale);
        this.time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone);
    }

    /**
     * The customer's receipt of {@code order}, each payment by its method, ending with its {@link ReceiptCode} as a
     * barcode for a refund to scan; {@code copy} marks a reprint.
     */
    PrintJob receipt(Order order, boolean copy) {
        PrintJob.Builder job = header();
        if (copy) {
            job.text(texts.get("receipt.copy"), Align.CENTER, true);
        }
        job.text(texts.get("receipt.order", Long.toString(order.id())), Align.LEFT, true)
                .text(when(order.soldAt()))
                .text(texts.get("receipt.cashier", order.soldBy().name()))
                .rule();
        for (CartLine line : order.lines()) {
            job.amount(texts.get("receipt.line", Integer.toString(line.quantity()), line.product().name()),
                    money(line.beforeDiscount()));
            if (line.isMeasured() && line.measure().isWeight()) {
                job.text("  " + texts.get("receipt.weighed", line.measure().kilograms(locale),
                        money(line.product().price())));
            } else if (line.quantity() > 1 || line.override().isPresent()) {
                job.text("  " + texts.get("receipt.each", money(line.unitPrice())));
            }
            if (line.discount().isPresent()) {
                job.amount("  " + texts.get("receipt.discount"), texts.get("receipt.minus",
                        money(line.discountAmount())));
            }
        }
        if (order.orderDiscount().isPresent()) {
            job.rule().amount(texts.get("receipt.orderDiscount"), texts.get("receipt.minus",
                    money(order.orderDiscountAmount())));
        }
        job.rule().amount(texts.get("receipt.total"), money(order.total()), true);
        if (order.payments().isEmpty()) {
            job.amount(texts.get("receipt.paidBy", texts.get("receipt.cash")), money(order.tendered()));
        }
        for (Tender tender : order.payments()) {
            job.amount(texts.get("receipt.paidBy", tender.isCash() ? texts.get("receipt.cash")
                    : tender.method().name()), money(tender.amount()));
            if (!tender.lastFour().isEmpty()) {
                job.text("  " + texts.get("receipt.card", tender.approvalCode(), tender.lastFour()));
            } else if (!tender.reference().isEmpty()) {
                job.text("  " + texts.get("receipt.reference", tender.reference()));
            }
        }
        job.amount(texts.get("receipt.change"), money(order.change())).rule();
        if (!order.taxes().isEmpty()) {
            taxes(job, order.taxes());
            job.rule();
        }
        return job.text(texts.get("receipt.footer"), Align.CENTER, false)
                .barcode(new ReceiptCode(order.id(), ReceiptCode.tagOf(terminalName)).text()).build();
    }

    /** The slip of a cash in or cash out, for the drawer. */
    PrintJob cashMove(CashMove move) {
        PrintJob.Builder job = header()
                .text(texts.get(move.direction() == CashMove.Direction.IN ? "slip.cashIn" : "slip.cashOut"),
                        Align.CENTER, true)
                .text(texts.get("slip.session", Long.toString(move.sessionId())))
                .text(when(move.at()))
                .text(texts.get("slip.by", move.by().name()))
                .rule()
                .amount(texts.get("slip.amount"), money(move.amount()), true)
                .text(texts.get("slip.reason", move.reason()));
        move.approval().ifPresent(approval -> approved(job, approval));
        return job.blank().text(texts.get("slip.signature")).build();
    }

    /**
     * The slip of {@code refund} of {@code original}: the lines and quantities given back at the price sold, what went
     * back and by which method, who gave it and who approved it. It kicks no drawer: the refund's flow opened it for
     * cash already ({@link app.tillpoint.api.sale.Sales#refund}).
     */
    PrintJob refund(Refund refund, Order original) {
        PrintJob.Builder job = header()
                .text(texts.get("refund.title"), Align.CENTER, true)
                .text(texts.get("refund.of", Long.toString(refund.id()), Long.toString(original.id())), Align.LEFT,
                        true)
                .text(when(refund.refundedAt()))
                .text(texts.get("receipt.cashier", refund.refundedBy().name()))
                .rule();
        for (RefundLine line : refund.lines()) {
            CartLine sold = original.lines().get(line.lineNo() - 1);
            Money price = Refundable.priceSold(sold);
            job.amount(texts.get("receipt.line", Integer.toString(line.quantity()), sold.product().name()),
                    money(price.times(line.quantity())));
            if (line.quantity() > 1) {
                job.text("  " + texts.get("receipt.each", money(price)));
            }
        }
        job.rule().amount(texts.get("refund.total"), money(refund.amount()), true)
                .text(texts.get("refund.method", refund.inCash() ? texts.get("receipt.cash") : refund.method()));
        refund.approval().ifPresent(approval -> approved(job, approval));
        if (!refund.taxes().isEmpty()) {
            job.rule();
            rates(job, "refund.taxHeading", refund.taxes());
            job.amount(texts.get("refund.taxTotal"), money(refund.taxes().tax()), true);
        }
        return job.build();
    }

    /** The opening count, denomination by denomination, to keep in the drawer. */
    PrintJob opening(Session session) {
        PrintJob.Builder job = header()
                .text(texts.get("opening.title"), Align.CENTER, true)
                .text(texts.get("slip.session", Long.toString(session.id())))
                .text(when(session.openedAt()))
                .text(texts.get("slip.by", session.openedBy().name()))
                .rule();
        session.openingCount().ifPresent(count -> countLines(job, count));
        job.amount(texts.get("opening.cash"), money(session.openingCash()), true);
        session.openingApproval().ifPresent(approval -> approved(job, approval));
        return job.build();
    }

    /** Mid-session totals: what the session holds so far, printed on demand, changing nothing. */
    PrintJob xReport(SessionSummary summary, Instant now, String cashier) {
        return xReport(summary, TaxSummary.none(summary.session().openingCash().currency()), now, cashier);
    }

    /** As above, with the session's taxes so far by rate, without refunds. */
    PrintJob xReport(SessionSummary summary, TaxSummary taxes, Instant now, String cashier) {
        return xReport(summary, SessionTaxes.of(taxes), now, cashier);
    }

    /** As above, with the session's taxes so far by rate less what its refunds gave back ({@link #taxes}). */
    PrintJob xReport(SessionSummary summary, SessionTaxes taxes, Instant now, String cashier) {
        PrintJob.Builder job = header()
                .text(texts.get("x.title"), Align.CENTER, true)
                .text(texts.get("x.notClosing"), Align.CENTER, false)
                .text(texts.get("slip.session", Long.toString(summary.session().id())))
                .text(texts.get("x.printed", when(now), cashier))
                .text(texts.get("x.opened", when(summary.session().openedAt()), summary.session().openedBy().name()))
                .rule();
        totals(job, summary);
        if (!taxes.isEmpty()) {
            job.rule();
            taxes(job, taxes);
        }
        return job.build();
    }

    /**
     * The closing: the session's totals, the count by denomination, expected against counted, approvals. The closing
     * note is not printed: it repeats the count, which is printed line by line.
     */
    PrintJob zReport(SessionSummary summary, Closing closing) {
        return zReport(summary, TaxSummary.none(summary.session().openingCash().currency()), closing);
    }

    /** As above, with the session's taxes by rate after its totals, without refunds. */
    PrintJob zReport(SessionSummary summary, TaxSummary taxes, Closing closing) {
        return zReport(summary, SessionTaxes.of(taxes), closing);
    }

    /** As above, with the session's taxes by rate less what its refunds gave back, after its totals ({@link #taxes}). */
    PrintJob zReport(SessionSummary summary, SessionTaxes taxes, Closing closing) {
        Session session = summary.session();
        PrintJob.Builder job = header()
                .text(texts.get("z.title"), Align.CENTER, true)
                .text(texts.get("slip.session", Long.toString(session.id())))
                .text(texts.get("x.opened", when(session.openedAt()), session.openedBy().name()))
                .text(texts.get("z.closed", when(closing.closedAt()), closing.closedBy().name()))
                .rule();
        totals(job, summary);
        if (!taxes.isEmpty()) {
            job.rule();
            taxes(job, taxes);
        }
        job.rule().text(texts.get("z.count"), Align.LEFT, true);
        countLines(job, closing.count());
        job.rule()
                .amount(texts.get("z.expected"), money(closing.expected()))
                .amount(texts.get("z.counted"), money(closing.counted()))
                .amount(texts.get("z.difference"), money(closing.difference()), true);
        session.openingApproval().ifPresent(approval -> approved(job, approval));
        closing.approval().ifPresent(approval -> approved(job, approval));
        for (Settlement settlement : closing.settlements()) {
            job.rule().text(settlement.method(), Align.LEFT, true)
                    .amount(texts.get("z.methodExpected"), money(settlement.expected()))
                    .amount(texts.get("z.methodSettled"), money(settlement.settled()))
                    .amount(texts.get("z.difference"), money(settlement.difference()), true);
            settlement.approval().ifPresent(approval -> approved(job, approval));
        }
        return job.build();
    }

    private void totals(PrintJob.Builder job, SessionSummary summary) {
        job.amount(texts.get("x.openingCash"), money(summary.session().openingBase()))
                .amount(texts.get("x.sales", Integer.toString(summary.orderCount())), money(summary.orderTotal()))
                .amount(texts.get("x.cashSales"), money(summary.cashSales()));
        // Another method's total is what it should settle: what went back to it by a refund is taken off already.
        String methodLabel = summary.refundCount() > 0 ? "x.methodNet" : "x.methodSales";
        for (MethodTotal method : summary.otherMethods()) {
            job.amount(texts.get(methodLabel, method.method()), money(method.total()));
        }
        job.amount(texts.get("x.cashIn"), money(summary.cashIn()))
                .amount(texts.get("x.cashOut"), money(summary.cashOut()));
        if (summary.refundCount() > 0) {
            job.text(texts.get("x.refunds", Integer.toString(summary.refundCount())))
                    .amount(texts.get("x.cashRefunds"), money(summary.cashRefunds().negate()));
        }
        job.amount(texts.get("x.expectedCash"), money(summary.expectedCash()), true);
    }

    /** An order's taxes by rate ({@link #rates}), then the taxes in all. */
    private void taxes(PrintJob.Builder job, TaxSummary taxes) {
        rates(job, "tax.heading", taxes);
        job.amount(texts.get(excluded(taxes) ? "tax.added" : "tax.included"), money(taxes.tax()), true);
    }

    /**
     * A session's taxes: without refunds as an order's; with refunds each rate net of them under a heading that says
     * so, then the taxes sold, what the refunds gave back and the net taxes in all.
     */
    private void taxes(PrintJob.Builder job, SessionTaxes taxes) {
        if (taxes.refunded().isEmpty()) {
            taxes(job, taxes.sold());
            return;
        }
        TaxSummary net = taxes.net();
        boolean excluded = excluded(net);
        rates(job, "tax.headingNet", net);
        job.amount(texts.get(excluded ? "tax.added" : "tax.included"), money(taxes.sold().tax()))
                .amount(texts.get("tax.lessRefunds"), money(taxes.refunded().tax().negate()))
                .amount(texts.get(excluded ? "tax.addedNet" : "tax.includedNet"), money(net.tax()), true);
    }

    private static boolean excluded(TaxSummary taxes) {
        return taxes.prices() == TaxRule.Prices.EXCLUDED;
    }

    /**
     * The taxes by rate under {@code heading}: each taxable value (printed once for the rates that share it, as an
     * Indian slab's CGST and SGST do), each rate's tax under it; every amount on a line of its own, so that at 32
     * columns a label may be cut but never an amount.
     */
    private void rates(PrintJob.Builder job, String heading, TaxSummary taxes) {
        job.text(texts.get(heading), Align.LEFT, true);
        Money basis = null;
        for (TaxLine line : taxes.lines()) {
            if (!line.basis().equals(basis)) {
                basis = line.basis();
                job.amount(texts.get("tax.taxable"), money(basis));
            }
            job.amount("  " + line.rate().label(), money(line.tax()));
        }
    }

    private void countLines(PrintJob.Builder job, CashCount count) {
        for (CashCount.Line line : count.countedLines()) {
            String coin = count.sharesValueWithBill(line.denomination()) ? texts.get("count.coin") : "";
            job.amount(texts.get("count.line", Integer.toString(line.quantity()), line.denomination().value().formatAsPrinted(locale),
                    coin).strip(), money(line.amount()));
        }
        job.amount(texts.get("count.total"), money(count.total()));
    }

    private void approved(PrintJob.Builder job, Approval approval) {
        job.text(texts.get("slip.approved", approval.approver().name(), approval.reason()));
    }

    private PrintJob.Builder header() {
        PrintJob.Builder job = PrintJob.builder().text(store.name(), Align.CENTER, true);
        store.address().forEach(line -> job.text(line, Align.CENTER, false));
        if (!store.taxId().isEmpty()) {
            job.text(store.taxId(), Align.CENTER, false);
        }
        return job.text(terminalName, Align.CENTER, false).blank();
    }

    private String money(Money amount) {
        return amount.format(locale);
    }

    private String when(Instant instant) {
        return time.format(instant);
    }
}
