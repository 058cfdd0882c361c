package app.tillpoint.plugins.sessionclosing;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.CountNote;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Approval;
import app.tillpoint.api.session.ClosingCount;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.MethodTotal;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.session.SettlementCount;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.ui.AmountField;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JToggleButton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The closing dialog: the session's orders, the breakdown opening + cash sales + cash in − cash out, the expected
 * cash, Count (the {@link CashCounter}), the counted amount, the difference, the closing note, and Close / Cancel.
 * Every count is recorded by the host before its difference is shown: under a blind close nothing of the expected
 * cash is shown until then. When the difference needs a head cashier, it shows the terminal's reasons once one has
 * approved. Each payment method other than cash the session used has a row: its settlement total, typed from the card
 * terminal's or the UPI app's settlement (below zero with the keypad's ± key), its expected total and its difference,
 * approved by the same rule as the cash's. It only gathers input; the caller records and stores. Knows nothing of the kiosk. Event thread only.
 */
final class ClosingPanel extends JPanel {
    /** What the dialog asks of its caller. Called on the event thread. */
    interface Listener {
        /** The cashier confirmed a count: record it, then answer {@link #countRecorded} or {@link #failed}. */
        void counted(CashCount count);

        /** Close was tapped after a count was recorded; the dialog waits for {@link #failed} or another answer. */
        void close(ClosingRequest request);

        void cancel();
    }

    private final Cashier closedBy;
    private final SessionSummary summary;
    private final CashCount emptyCount;
    private final Locale locale;
    private final boolean blind;
    private final Optional<CashCounter> counter;
    private final Listener listener;
    private final CountNote countNote = new CountNote();

    private final JLabel orders = new JLabel(" ");
    private final JLabel breakdown = new JLabel(" ");
    private final JLabel expectedLabel = new JLabel();
    private final JLabel expected = new JLabel(" ");
    private final JButton countButton = new JButton();
    private final JLabel counted = new JLabel();
    private final JLabel difference = new JLabel(" ");
    private final JTextArea note = new JTextArea(3, 30);
    private final JPanel reasons = new JPanel(new MigLayout("insets 0, gap 8, wrap 4", "[170!][170!][170!][170!]"));
    private final List<JToggleButton> reasonTiles = new ArrayList<>();
    private final JLabel message = new JLabel(" ");
    private final JButton close = new JButton();
    private final JButton cancel = new JButton();
    private final Texts texts;

    /** Each method other than cash: its settlement total typed, its expected total and difference shown. */
    private final Map<String, AmountField> settled = new LinkedHashMap<>();
    private final Map<String, JLabel> settlementLines = new LinkedHashMap<>();
    private final Map<String, Approval> methodApprovals = new LinkedHashMap<>();

    private Optional<ClosingCount> recorded = Optional.empty();
    private Optional<Approval> approval = Optional.empty();
    private boolean busy;

    /**
     * @param closedBy   the cashier who counts and closes
     * @param summary    the open session's money so far
     * @param emptyCount an empty count of the terminal's denominations
     * @param policy     the terminal's rules: blind close, the reasons for a difference
     * @param counter    the counter; empty: the drawer cannot be counted here, and the dialog says so
     */
    ClosingPanel(Cashier closedBy, SessionSummary summary, CashCount emptyCount, Locale locale, TerminalPolicy policy,
                 Optional<CashCounter> counter, Listener listener) {
        // Hidden values keep their space, so that nothing moves under the cashier's finger when they appear.
        super(new MigLayout("insets 12 16 12 16, gap 12 6, hidemode 3", "[]16[600!]", ""));
        this.closedBy = closedBy;
        this.summary = summary;
        this.emptyCount = emptyCount;
        this.locale = locale;
        this.texts = Texts.of(ClosingPanel.class, locale);
        expectedLabel.setText(texts.get("closing.expected"));
        countButton.setText(texts.get("closing.count"));
        counted.setText(texts.get("closing.notCounted"));
        close.setText(texts.get("closing.close"));
        cancel.setText(texts.get("closing.cancel"));
        this.blind = policy.blindClose();
        this.counter = counter;
        this.listener = listener;

        JLabel title = new JLabel(texts.get("closing.title", String.valueOf(summary.session().id())));
        Style.classes(title, Style.H2);
        add(title, "span, split 2");
        add(new JLabel(texts.get("closing.countedBy", closedBy.name())), "gapleft push, wrap");

        orders.setName(Names.CLOSING_ORDERS);
        add(new JLabel(texts.get("closing.orders")));
        add(orders, "wmin 0, wrap");
        breakdown.setName(Names.CLOSING_BREAKDOWN);
        add(new JLabel(texts.get("closing.cash")));
        add(breakdown, "wmin 0, hidemode 0, wrap");
        expected.setName(Names.CLOSING_EXPECTED);
        Style.classes(expected, Style.H3);
        add(expectedLabel, "hidemode 0");
        add(expected, "wmin 0, hidemode 0, wrap");

        countButton.setName(Names.CLOSING_COUNT);
        countButton.setFocusable(false);
        countButton.addActionListener(e -> count());
        counted.setName(Names.CLOSING_COUNTED);
        Style.classes(counted, Style.H3);
        add(new JLabel(texts.get("closing.counted")));
        add(counted, "split 2, wmin 0, growx");
        add(countButton, "w 220!, h 48!, wrap");
        difference.setName(Names.CLOSING_DIFFERENCE);
        Style.classes(difference, Style.H3);
        add(new JLabel(texts.get("closing.difference")));
        add(difference, "wmin 0, wrap");

        if (!summary.otherMethods().isEmpty()) {
            // Across both columns, its heading beside the keypad: "Other methods" would widen the labels' column.
            add(settlementsPanel(), "span, wrap");
        }

        note.setName(Names.CLOSING_NOTE);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        add(new JLabel(texts.get("closing.note")), "top");
        // With other methods' settlements above, the note is shorter so that the dialog still fits 1024x768.
        add(new JScrollPane(note), "growx, h " + (summary.otherMethods().isEmpty() ? 96 : 56) + "!, wrap");

        List<String> reasonTexts = policy.closingReasons().isEmpty() ? List.of(texts.get("closing.defaultReason"))
                : policy.closingReasons();
        ButtonGroup group = new ButtonGroup();
        for (int i = 0; i < reasonTexts.size(); i++) {
            JToggleButton tile = new JToggleButton(reasonTexts.get(i));
            tile.setName(Names.CLOSING_REASON_PREFIX + i);
            tile.setFocusable(false);
            tile.setMargin(new java.awt.Insets(4, 6, 4, 6));
            tile.addActionListener(e -> refresh());
            group.add(tile);
            reasonTiles.add(tile);
            reasons.add(tile, "h 48!, growx, wmin 0");
        }
        reasons.setVisible(false);
        add(reasons, "span, hidemode 0, wrap");

        message.setName(Names.CLOSING_MESSAGE);
        Style.classes(message, Style.DANGER);
        // Fixed width: a long message must not move the buttons under the cashier's finger.
        add(message, "span, growx, wmin 0, wrap");

        cancel.setName(Names.CLOSING_CANCEL);
        cancel.addActionListener(e -> {
            if (!busy) {
                listener.cancel();
            }
        });
        close.setName(Names.CLOSING_CLOSE);
        Style.classes(close, Style.PRIMARY, Style.H3);
        close.addActionListener(e -> closeTapped());
        add(cancel, "span, split 2, gapleft push, w 160!, h 56!");
        add(close, "w 220!, h 56!");

        if (counter.isEmpty()) {
            countButton.setVisible(false);
            message.setText(texts.get("closing.noCounter"));
        }
        refresh();
    }

    /**
     * A row for each method other than cash: its name, the settlement total typed on the keypad beside, the expected
     * total and the difference (revealed as the cash's are).
     */
    private JPanel settlementsPanel() {
        JPanel rows = new JPanel(new MigLayout("insets 0, gap 8 4, wrap 2", "[160!][260!]"));
        // A point for the paise, and ± for a method that gave back more than it took: its card terminal settles below
        // zero, typed as it reads.
        Keypad keypad = new Keypad(true, true, () -> {
            // OK only ends typing: Close Session is what stores.
        });
        rows.add(new JLabel(texts.get("closing.settlements")), "span 2");
        for (MethodTotal method : summary.otherMethods()) {
            AmountField field = AmountField.signed(method.total().currency(), this::refused, this::refresh);
            field.setName(Names.CLOSING_SETTLED_PREFIX + method.method());
            field.addFocusListener(new java.awt.event.FocusAdapter() {
                @Override
                public void focusGained(java.awt.event.FocusEvent e) {
                    keypad.setTarget(field);
                }
            });
            JLabel line = new JLabel(" ");
            line.setName(Names.CLOSING_SETTLEMENT_PREFIX + method.method());
            settled.put(method.method(), field);
            settlementLines.put(method.method(), line);
            rows.add(new JLabel(method.method()), "h 48!");
            rows.add(field, "growx, h 48!");
            rows.add(line, "span 2, wmin 0, growx");
        }
        keypad.setTarget(settled.values().iterator().next());
        JPanel panel = new JPanel(new MigLayout("insets 0, gap 16 0", "[428!][184!]"));
        panel.add(rows, "top");
        panel.add(keypad, "top, w 184!, h 280!");
        return panel;
    }

    private void refused(String why) {
        message.setText(why == null ? " " : why);
    }

    /** A head cashier approved the difference of {@code method}: Close stores with it once a reason is picked. */
    void methodApproved(String method, Approval headCashier) {
        methodApprovals.put(method, headCashier);
        message.setText(texts.get("closing.approvedPickReason", headCashier.approver().name()));
        refresh();
    }

    /** The settlement totals typed so far, each method's approval with it; empty if one is missing. */
    private Optional<List<SettlementCount>> settlements(Optional<String> reason) {
        List<SettlementCount> counts = new ArrayList<>();
        for (Map.Entry<String, AmountField> entry : settled.entrySet()) {
            Optional<Money> amount = entry.getValue().amount();
            if (amount.isEmpty()) {
                return Optional.empty();
            }
            Optional<Approval> given = Optional.ofNullable(methodApprovals.get(entry.getKey()))
                    .map(a -> reason.map(a::withReason).orElse(a));
            counts.add(new SettlementCount(entry.getKey(), amount.get(), given));
        }
        return Optional.of(counts);
    }

    /** The count was recorded: its total, the difference the host worked out, and its lines in the note. */
    void countRecorded(ClosingCount count) {
        busy = false;
        recorded = Optional.of(count);
        // Another count means another difference: an earlier approval does not cover it.
        approval = Optional.empty();
        reasonTiles.forEach(tile -> tile.setSelected(false));
        note.setText(countNote.withCount(note.getText(), count.count(), locale));
        message.setText(" ");
        refresh();
    }

    /** The difference is over the terminal's limit: say so while a head cashier is asked. */
    void approvalNeeded(String text) {
        busy = false;
        message.setText(text);
        refresh();
    }

    /** A head cashier approved: the reason tiles are shown; Close stores with the approval once one is picked. */
    void approved(Approval headCashier) {
        approval = Optional.of(headCashier);
        message.setText(texts.get("closing.approvedPickReason", headCashier.approver().name()));
        refresh();
    }

    /** The head cashier did not approve: the cashier may recount, or ask again with Close Session. */
    void notApproved() {
        approval = Optional.empty();
        message.setText(texts.get("closing.notApproved"));
        refresh();
    }

    /** Something was not stored: say why; the buttons can be tapped again. */
    void failed(String text) {
        busy = false;
        message.setText(text);
        refresh();
    }

    private void count() {
        CashCount start = recorded.map(ClosingCount::count).orElse(emptyCount);
        counter.ifPresent(c -> c.count(new CashCounter.CountRequest(texts.get("closing.countTitle"), start),
                result -> result.ifPresent(this::countConfirmed)));
    }

    /** A count confirmed in the counter: recorded first, shown once recorded. */
    void countConfirmed(CashCount count) {
        busy = true;
        message.setText(texts.get("closing.recording"));
        refresh();
        listener.counted(count);
    }

    private void closeTapped() {
        if (busy || recorded.isEmpty()) {
            return;
        }
        Optional<Approval> given = Optional.empty();
        Optional<String> reason = pickedReason();
        if ((approval.isPresent() || !methodApprovals.isEmpty()) && reason.isEmpty()) {
            message.setText(texts.get("closing.pickReason"));
            return;
        }
        if (approval.isPresent()) {
            given = Optional.of(approval.get().withReason(reason.orElseThrow()));
        }
        Optional<List<SettlementCount>> settlements = settlements(reason);
        if (settlements.isEmpty()) {
            message.setText(texts.get("closing.enterSettlements"));
            return;
        }
        Optional<String> unfit = ShownText.problemInTyped(note.getText(), true);
        if (unfit.isPresent()) {
            message.setText(texts.get("closing.noteUnfit", unfit.get()));
            return;
        }
        busy = true;
        refresh();
        listener.close(new ClosingRequest(closedBy, recorded.get().count(), note.getText(), given,
                settlements.get()));
    }

    private Optional<String> pickedReason() {
        return reasonTiles.stream().filter(JToggleButton::isSelected).map(JToggleButton::getText).findFirst();
    }

    private void refresh() {
        // Under a blind close nothing of the expected cash shows before a count is recorded.
        boolean reveal = !blind || recorded.isPresent();
        Money expectedCash = recorded.map(ClosingCount::expected).orElse(summary.expectedCash());
        orders.setText(ordersText(reveal));
        breakdown.setText(reveal ? breakdownText() : " ");
        breakdown.setVisible(reveal);
        expected.setText(reveal ? expectedCash.format(locale) : " ");
        expected.setVisible(reveal);
        expectedLabel.setVisible(reveal);
        counted.setText(recorded.map(c -> c.counted().format(locale)).orElse(texts.get("closing.notCounted")));
        difference.setText(recorded.map(c -> SessionReport.difference(c.difference(), locale)).orElse(" "));
        for (MethodTotal method : summary.otherMethods()) {
            Optional<Money> typed = settled.get(method.method()).amount();
            String expectedText = texts.get("closing.methodExpected", method.total().format(locale));
            settlementLines.get(method.method()).setText(!reveal ? " " : typed.map(t -> texts.get(
                    "closing.methodDifference", expectedText, SessionReport.difference(t.minus(method.total()),
                            locale))).orElse(expectedText));
            settled.get(method.method()).setEditable(!busy);
        }
        boolean approvals = approval.isPresent() || !methodApprovals.isEmpty();
        reasons.setVisible(approvals);
        close.setEnabled(!busy && recorded.isPresent() && (!approvals || pickedReason().isPresent())
                && settlements(Optional.empty()).isPresent());
        cancel.setEnabled(!busy);
        countButton.setEnabled(!busy);
        note.setEditable(!busy);
        revalidate();
        repaint();
    }

    private String ordersText(boolean reveal) {
        String number = texts.get("closing.orderCount", summary.orderCount());
        return reveal ? texts.get("closing.ordersTotal", number, summary.orderTotal().format(locale)) : number;
    }

    private String breakdownText() {
        if (!summary.cashRefunds().isZero()) {
            return texts.get("closing.breakdownRefunds", summary.session().openingBase().format(locale),
                    summary.cashSales().format(locale), summary.cashRefunds().format(locale),
                    summary.cashIn().format(locale), summary.cashOut().format(locale));
        }
        return texts.get("closing.breakdown", summary.session().openingBase().format(locale),
                summary.cashSales().format(locale), summary.cashIn().format(locale), summary.cashOut().format(locale));
    }
}
