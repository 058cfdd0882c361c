package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.ShownText;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.CountNote;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.OpeningCheck;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.ui.AmountField;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The opening-control dialog: Opening cash (typed on the keypad, or filled from a count), the currency button that
 * opens the {@link CashCounter}, the opening note, Open Session and Cancel. It only gathers the cashier's input into
 * an {@link OpeningRequest}; the caller stores it. Knows nothing of the kiosk, so it is shown and tested on its own.
 * Event thread only.
 */
public class OpeningControlPanel extends JPanel {
    /** What the dialog asks of its caller. Called on the event thread. */
    public interface Listener {
        /** Open Session was tapped with a valid amount; the button stays disabled until {@link #openFailed()}. */
        void open(OpeningRequest request);

        /** Cancel was tapped. */
        void cancel();
    }

    private final Cashier cashier;
    private final CashCount emptyCount;
    private final Currency currency;
    private final Locale locale;
    private final TerminalPolicy policy;
    private final Optional<CashCounter> counter;
    private final Listener listener;
    private final CountNote countNote = new CountNote();

    private final AmountField cash;
    private final JButton countButton = new JButton();
    private final JLabel mismatch = new JLabel(" ");
    private final JLabel message = new JLabel(" ");
    private final JTextArea note = new JTextArea(5, 28);
    private final JButton open = new JButton();
    private final JButton cancel = new JButton();
    private final Texts texts;

    private Optional<CashCount> counted = Optional.empty();
    private Optional<Money> lastClosing = Optional.empty();
    /** The cashier or a count has set the amount: a late last-closing amount must not overwrite it. */
    private boolean cashChosen;

    /**
     * @param cashier    who opens the session
     * @param emptyCount an empty count of the terminal's denominations; gives the currency
     * @param locale     how amounts are shown
     * @param policy     the terminal's rules: which opening differences need a head cashier
     * @param counter    the counter to open with the currency button; empty hides the button
     * @param listener   told about Open Session and Cancel
     */
    public OpeningControlPanel(Cashier cashier, CashCount emptyCount, Locale locale, TerminalPolicy policy,
                               Optional<CashCounter> counter, Listener listener) {
        super(new MigLayout("insets 16, gap 8 8", "[400!]24[184!]"));
        this.cashier = cashier;
        this.emptyCount = emptyCount;
        this.currency = emptyCount.currency();
        this.locale = locale;
        this.texts = Texts.of(OpeningControlPanel.class, locale);
        this.policy = policy;
        this.counter = counter;
        this.listener = listener;
        this.cash = new AmountField(currency, why -> {
            message.setText(why == null ? " " : why);
            if (why == null) {
                cashChosen = true;
            }
        }, this::showMismatch);

        JLabel title = new JLabel(texts.get("opening.title"));
        Style.classes(title, Style.H2);
        add(title, "span, split 2");
        add(new JLabel(texts.get("opening.openedBy", cashier.name())), "gapleft push, wrap");

        Keypad keypad = new Keypad(true, () -> {
            // OK only ends typing: Open Session is what confirms the amount.
        });
        keypad.setTarget(cash);
        add(new JLabel(texts.get("opening.cash")));
        add(keypad, "spany 4, top, w 184!, h 280!, wrap");

        cash.setName(Names.OPENING_CASH);
        countButton.setName(Names.OPENING_COUNT);
        countButton.setText(currency.getSymbol(locale));
        Style.classes(countButton, Style.LARGE);
        countButton.setFocusable(false);
        countButton.setVisible(counter.isPresent());
        countButton.addActionListener(e -> count());
        add(cash, "split 2, growx, h 48!");
        add(countButton, "w 64!, h 48!, hidemode 3, wrap");

        add(new JLabel(texts.get("opening.note")), "wrap");
        note.setName(Names.OPENING_NOTE);
        note.setLineWrap(true);
        note.setWrapStyleWord(true);
        add(new JScrollPane(note), "grow, h 96:120:, wrap");

        // Messages span the dialog at a fixed width, so a long one never moves the keypad under the cashier's finger.
        mismatch.setName(Names.OPENING_MISMATCH);
        message.setName(Names.OPENING_MESSAGE);
        Style.classes(mismatch, Style.DANGER);
        Style.classes(message, Style.DANGER);
        mismatch.setVisible(false);
        add(mismatch, "span, growx, wmin 0, wrap");
        add(message, "span, growx, wmin 0, wrap");

        cancel.setText(texts.get("opening.cancel"));
        cancel.setName(Names.OPENING_CANCEL);
        cancel.addActionListener(e -> listener.cancel());
        open.setText(texts.get("opening.open"));
        open.setName(Names.OPENING_OPEN);
        Style.classes(open, Style.PRIMARY);
        open.addActionListener(e -> openTapped());
        add(cancel, "span, split 2, gapleft push, w 160!, h 56!");
        add(open, "w 200!, h 56!");

        setCash(Money.zero(currency));
    }

    /**
     * The last closing count, which the opening is checked against: fills Opening cash with it, unless the cashier has
     * already typed or counted one.
     */
    public void prefill(Money lastClosingCount) {
        lastClosing = Optional.of(lastClosingCount);
        if (!cashChosen) {
            setCash(lastClosingCount);
        }
        showMismatch();
    }

    /** Opening did not work: Open Session can be tapped again. */
    public void openFailed() {
        setBusy(false);
    }

    /** Opening did not work, for the reason {@code why}, shown in the dialog: Open Session can be tapped again. */
    public void openFailed(String why) {
        openFailed();
        message.setText(why);
    }

    /** The opening differs from what was counted before: say so while a head cashier is asked. */
    public void approvalNeeded() {
        message.setText(texts.get("opening.approvalNeeded", differenceText()));
    }

    /** The head cashier did not approve: the cashier may count again, or ask again with Open Session. */
    public void notApproved() {
        setBusy(false);
        message.setText(texts.get("opening.notApproved"));
    }

    /** The opening as it stands, against the last closing count and the count. */
    public OpeningCheck check() {
        return new OpeningCheck(lastClosing, cash.amount().orElse(Money.zero(currency)), counted);
    }

    /** What differs, in words: "₹160.00 less than the last closing count of ₹1,500.00", or "" when nothing does. */
    public String differenceText() {
        OpeningCheck check = check();
        List<String> parts = new ArrayList<>();
        if (!check.typedDifference().isZero()) {
            parts.add(texts.get("opening.countedButTyped", check.count().orElseThrow().total().format(locale),
                    check.typed().format(locale)));
        }
        Money carried = check.carriedDifference();
        if (!carried.isZero()) {
            parts.add(texts.get(carried.isNegative() ? "opening.lessThanLastClosing" : "opening.moreThanLastClosing",
                    carried.abs().format(locale), check.lastClosing().orElseThrow().format(locale)));
        }
        return String.join(texts.get("opening.partsSeparator"), parts);
    }

    private void count() {
        counter.ifPresent(c -> c.count(new CashCounter.CountRequest(texts.get("opening.cash"), counted.orElse(emptyCount)),
                result -> result.ifPresent(this::applyCount)));
    }

    private void applyCount(CashCount count) {
        counted = Optional.of(count);
        cashChosen = true;
        setCash(count.total());
        note.setText(countNote.withCount(note.getText(), count, locale));
        showMismatch();
    }

    private void setCash(Money amount) {
        cash.setAmount(amount);
        message.setText(" ");
    }

    /** What differs from the count and the last closing count, and whether a head cashier must approve it. */
    private void showMismatch() {
        if (cash.amount().isEmpty()) {
            mismatch.setVisible(false);
            return;
        }
        String text = differenceText();
        boolean differs = !text.isEmpty();
        String shown = check().needsApproval(policy) ? texts.get("opening.mismatchNeedsApproval", capitalized(text))
                : capitalized(text);
        mismatch.setText(differs ? shown : " ");
        mismatch.setVisible(differs);
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private void openTapped() {
        if (!open.isEnabled()) {
            return;
        }
        setBusy(true);
        Optional<Money> amount = cash.amount();
        if (amount.isEmpty()) {
            message.setText(texts.get("opening.enterCash"));
            setBusy(false);
            return;
        }
        Optional<String> unfit = ShownText.problemInTyped(note.getText(), true);
        if (unfit.isPresent()) {
            message.setText(texts.get("opening.noteUnfit", unfit.get()));
            setBusy(false);
            return;
        }
        listener.open(new OpeningRequest(cashier, amount.get(), counted, note.getText(), Optional.empty()));
    }

    private void setBusy(boolean busy) {
        open.setEnabled(!busy);
        cancel.setEnabled(!busy);
        countButton.setEnabled(!busy);
    }
}
