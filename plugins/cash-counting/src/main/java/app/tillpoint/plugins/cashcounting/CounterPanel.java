package app.tillpoint.plugins.cashcounting;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.QuantityField;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;
import java.awt.event.FocusAdapter;
import java.awt.event.FocusEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The denomination counter: every bill (left column) and coin (right column) of a count, largest first, each with
 * minus, quantity and plus, its line amount, the running total, a keypad that types into the quantity tapped last,
 * and Confirm / Cancel. Knows nothing of the kiosk, so it is shown and tested on its own. Event thread only.
 */
public class CounterPanel extends JPanel {
    private final Locale locale;
    private final Texts texts;
    private final Consumer<Optional<CashCount>> done;
    private final Keypad keypad;
    /** The width the counter takes with every row's amount; 0 until its first layout. */
    private int wideWidth;
    private final JLabel total = new JLabel();
    private final JLabel message = new JLabel(" ");
    private final List<Row> rows = new ArrayList<>();
    private CashCount count;
    private boolean finished;

    /**
     * @param title  shown at the top, e.g. "Opening cash"
     * @param start  the count to start from; gives the currency and denominations
     * @param locale how amounts are shown
     * @param done   called once: the confirmed count, or empty if the cashier cancelled
     */
    public CounterPanel(String title, CashCount start, Locale locale, Consumer<Optional<CashCount>> done) {
        super(new MigLayout("insets 8, gap 8 8", "[]16[]16[]", "[][top][][]"));
        this.count = start;
        this.locale = locale;
        this.texts = Texts.of(CounterPanel.class, locale);
        this.done = done;
        this.keypad = new Keypad(false, this::nextQuantity);

        JLabel heading = new JLabel(title);
        Style.classes(heading, Style.H2);
        add(heading, "span, wrap");

        JPanel bills = column(Denomination.Kind.BILL);
        JPanel coins = column(Denomination.Kind.COIN);
        // A column holds its heading and, if the currency has that kind of money, its rows.
        if (bills.getComponentCount() > 1) {
            add(bills);
        }
        if (coins.getComponentCount() > 1) {
            add(coins);
        }
        add(keypad, "w 184!, h 280!, wrap");

        message.setName(Names.COUNTER_MESSAGE);
        Style.classes(message, Style.DANGER);
        // A long message must not widen the panel and move the buttons under the cashier's finger.
        add(message, "span, growx, wmin 0, wrap");

        total.setName(Names.COUNTER_TOTAL);
        Style.classes(total, Style.H2);
        JButton cancel = new JButton(texts.get("counter.cancel"));
        cancel.setName(Names.COUNTER_CANCEL);
        cancel.addActionListener(e -> finish(Optional.empty()));
        JButton confirm = new JButton(texts.get("counter.confirm"));
        confirm.setName(Names.COUNTER_CONFIRM);
        Style.classes(confirm, Style.PRIMARY);
        confirm.addActionListener(e -> finish(Optional.of(count)));
        JPanel bottom = new JPanel(new MigLayout("insets 0, gap 12", "[][]push[][]"));
        bottom.add(new JLabel(texts.get("counter.total")));
        bottom.add(total);
        bottom.add(cancel, "w 140!, h 56!");
        bottom.add(confirm, "w 140!, h 56!");
        add(bottom, "span, growx");

        refreshAmounts();
        if (!rows.isEmpty()) {
            keypad.setTarget(rows.get(0).quantity);
        }
    }

    /**
     * Narrower than the counter wants (an 800x600 screen): the rows drop their amounts, which the total still adds up,
     * rather than cut them off.
     */
    @Override
    public void doLayout() {
        if (wideWidth == 0) {
            wideWidth = getPreferredSize().width;
        }
        boolean wide = getWidth() >= wideWidth;
        if (rows.stream().anyMatch(row -> row.amount.isVisible() != wide)) {
            rows.forEach(row -> row.amount.setVisible(wide));
        }
        super.doLayout();
    }

    /** The count as it stands now. */
    public CashCount count() {
        return count;
    }

    @Override
    public void addNotify() {
        super.addNotify();
        // Show from the start which quantity the keypad types into.
        if (!rows.isEmpty()) {
            SwingUtilities.invokeLater(() -> rows.get(0).quantity.requestFocusInWindow());
        }
    }

    private JPanel column(Denomination.Kind kind) {
        JPanel column = new JPanel(new MigLayout("insets 0, gap 4 4, hidemode 2", "[right][][][][right]"));
        JLabel heading = new JLabel(texts.get(kind == Denomination.Kind.BILL ? "counter.bills" : "counter.coins"));
        Style.classes(heading, Style.H4);
        column.add(heading, "span, left, wrap");
        for (Denomination denomination : count.denominations()) {
            if (denomination.kind() == kind) {
                Row row = new Row(denomination);
                rows.add(row);
                column.add(new JLabel(denominationText(denomination)));
                column.add(row.minus, "w 48!, h 48!");
                column.add(row.quantity, "w 56!, h 48!");
                column.add(row.plus, "w 48!, h 48!");
                column.add(row.amount, "wmin 72, wrap");
            }
        }
        return column;
    }

    /** "₹500", "€0.50": as printed on the money; the column says bill or coin. */
    private String denominationText(Denomination denomination) {
        return denomination.value().formatAsPrinted(locale);
    }

    private void nextQuantity() {
        int index = rows.indexOf(rowOf(keypad.target()));
        Row next = rows.get((index + 1) % rows.size());
        keypad.setTarget(next.quantity);
        next.quantity.requestFocusInWindow();
    }

    private Row rowOf(Object field) {
        return rows.stream().filter(row -> row.quantity == field).findFirst().orElse(rows.get(rows.size() - 1));
    }

    private void refreshAmounts() {
        for (Row row : rows) {
            row.amount.setText(row.denomination.value().times(count.quantity(row.denomination)).format(locale));
        }
        total.setText(count.total().format(locale));
    }

    private void finish(Optional<CashCount> result) {
        if (!finished) {
            finished = true;
            done.accept(result);
        }
    }

    /** The most a line of {@code denomination} can come to, for its width; a denomination's maximum may not fit. */
    private static Money widest(Denomination denomination) {
        try {
            return denomination.value().times(CashCount.MAX_QUANTITY);
        } catch (ArithmeticException e) {
            return Money.of(Long.MAX_VALUE, denomination.value().currency());
        }
    }

    /** Says why a key was refused; clears the message when one is accepted ({@code null}). */
    private void refuse(String text) {
        message.setText(text == null ? " " : text);
    }

    /** One denomination's controls. */
    private final class Row {
        final Denomination denomination;
        final JButton minus = new JButton("\u2212");
        final QuantityField quantity;
        final JButton plus = new JButton("+");
        final JLabel amount = new JLabel();

        Row(Denomination denomination) {
            this.denomination = denomination;
            this.quantity = new QuantityField(0, CashCount.MAX_QUANTITY, CounterPanel.this::refuse, this::changed) {
                @Override
                protected String problem(String text) {
                    String why = super.problem(text);
                    if (why != null) {
                        return why.startsWith("At most") ? texts.get("counter.tooMany") : why;
                    }
                    return fits(Integer.parseInt(tidied(text))) ? null : texts.get("counter.tooLarge");
                }
            };
            minus.setName(Names.counterMinus(count, denomination));
            plus.setName(Names.counterPlus(count, denomination));
            quantity.setName(Names.counterQty(count, denomination));
            // The +/- buttons must not take the focus from the quantity the keypad types into.
            minus.setFocusable(false);
            plus.setFocusable(false);
            minus.addActionListener(e -> step(-1));
            plus.addActionListener(e -> step(+1));

            quantity.setQuantity(count.quantity(denomination));
            quantity.addFocusListener(new FocusAdapter() {
                @Override
                public void focusGained(FocusEvent e) {
                    keypad.setTarget(quantity);
                }
            });

            // Fixed width for the widest possible line, so the columns do not jump while counting.
            amount.setText(widest(denomination).format(locale));
            amount.setMinimumSize(amount.getPreferredSize());
            amount.setPreferredSize(amount.getPreferredSize());
            amount.setHorizontalAlignment(SwingConstants.RIGHT);
        }

        int current() {
            return count.quantity(denomination);
        }

        /** Whether the count's total fits in a {@code long} of minor units with {@code next} of this denomination. */
        boolean fits(int next) {
            try {
                count.with(denomination, next).total();
                return true;
            } catch (ArithmeticException e) {
                return false;
            }
        }

        void step(int delta) {
            int next = current() + delta;
            if (next > CashCount.MAX_QUANTITY) {
                refuse(texts.get("counter.tooMany"));
            } else if (next >= 0 && !fits(next)) {
                refuse(texts.get("counter.tooLarge"));
            } else if (next >= 0) {
                quantity.setQuantity(next);
            }
            keypad.setTarget(quantity);
        }

        void changed() {
            count = count.with(denomination, quantity.quantity().orElse(0));
            refreshAmounts();
        }
    }
}
