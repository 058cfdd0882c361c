package app.tillpoint.api.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * What a receipt printer prints: lines of text, each aligned and maybe emphasised, lines with an amount at the right
 * edge, rules; then a cut, and a drawer kick if asked. A job knows nothing of the paper: {@link #layout} fits it to a
 * printer's width, the one place where a line is cut, so that every driver cuts alike and an amount is never split.
 *
 * @param lines      the lines, first first
 * @param cut        whether the paper is cut after the job
 * @param kickDrawer whether the drawer on the printer's kick connector is opened after the job
 * @since 1.3
 */
public record PrintJob(List<Line> lines, boolean cut, boolean kickDrawer) {

    /**
     * Copies the lines.
     *
     * @param lines      the lines, not null
     * @param cut        whether the paper is cut after the job
     * @param kickDrawer whether the drawer is kicked after the job
     */
    public PrintJob {
        lines = List.copyOf(lines);
    }

    /**
     * Where a line of text stands on the paper.
     *
     * @since 1.3
     */
    public enum Align {
        /** At the left edge. */
        LEFT,
        /** In the middle. */
        CENTER,
        /** At the right edge. */
        RIGHT
    }

    /**
     * One line of a job, before it is fitted to the paper.
     *
     * @since 1.3
     */
    public sealed interface Line permits Text, Amount, Rule, Barcode {
    }

    /**
     * Text, wrapped at spaces to the paper's width (a word longer than a line is cut); leading spaces indent it.
     *
     * @param text     what to print, without line breaks
     * @param align    where it stands
     * @param emphasis whether it is printed bold
     * @since 1.3
     */
    public record Text(String text, Align align, boolean emphasis) implements Line {
        /**
         * Checks the parts.
         *
         * @param text     not null
         * @param align    not null
         * @param emphasis whether bold
         */
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(align, "align");
        }
    }

    /**
     * A label with an amount at the right edge ("Total ........ ₹1,234.00"). The amount is never split: when label and
     * amount do not fit on one line, the label wraps and the amount stands whole at the right of the line after it.
     *
     * @param label    what the amount is, e.g. "Total" or "2 x Tea"
     * @param amount   the amount as written, e.g. "₹1,234.00"
     * @param emphasis whether both are printed bold
     * @since 1.3
     */
    public record Amount(String label, String amount, boolean emphasis) implements Line {
        /**
         * Checks the parts.
         *
         * @param label    not null
         * @param amount   not null
         * @param emphasis whether bold
         */
        public Amount {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /**
     * A line of dashes across the paper.
     *
     * @since 1.3
     */
    public record Rule() implements Line {
    }

    /**
     * A Code 128 barcode in the middle of the paper, with its text under it; a printer that draws no barcodes prints
     * the text alone. A receipt carries its {@link app.tillpoint.api.sale.ReceiptCode} so.
     *
     * @param data what the barcode holds: 1 to 32 printable ASCII characters
     * @since 1.5
     */
    public record Barcode(String data) implements Line {
        /**
         * Checks the data.
         *
         * @param data 1 to 32 characters from space to tilde
         * @throws IllegalArgumentException if the data is empty, longer or holds another character
         * @throws NullPointerException     if the data is null
         */
        public Barcode {
            Objects.requireNonNull(data, "data");
            if (data.isEmpty() || data.length() > 32 || !data.chars().allMatch(c -> c >= ' ' && c <= '~')) {
                throw new IllegalArgumentException("A barcode holds 1 to 32 printable ASCII characters: " + data);
            }
        }
    }

    /**
     * One printed line: exactly what goes on the paper, at most the paper's width unless an amount alone is wider.
     *
     * @param text     the characters, padded for the alignment; a barcode's data, centred
     * @param emphasis whether bold
     * @param barcode  whether the row is a {@link Barcode}: a printer draws {@code text.strip()} as Code 128 above it
     * @since 1.3 ({@code barcode} since 1.5)
     */
    public record Row(String text, boolean emphasis, boolean barcode) {
        /**
         * A row of text.
         *
         * @param text     the characters
         * @param emphasis whether bold
         */
        public Row(String text, boolean emphasis) {
            this(text, emphasis, false);
        }
    }

    /**
     * A builder of a job that is cut at its end and kicks no drawer.
     *
     * @return an empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The job fitted to {@code columns} characters a line.
     *
     * @param columns   the printer's {@link ReceiptPrinter#columns()}; at least 16
     * @param printable what the printer makes of a text before it is measured, e.g. "₹" written as "Rs." by a printer
     *                  without that glyph; {@link UnaryOperator#identity()} for one that prints everything
     * @return the rows, in order
     * @throws IllegalArgumentException if {@code columns} is below 16
     */
    public List<Row> layout(int columns, UnaryOperator<String> printable) {
        if (columns < 16) {
            throw new IllegalArgumentException("A receipt line has at least 16 characters, not " + columns);
        }
        List<Row> rows = new ArrayList<>();
        for (Line line : lines) {
            if (line instanceof Text text) {
                for (String piece : wrap(printable.apply(text.text()), columns)) {
                    rows.add(new Row(aligned(piece, text.align(), columns), text.emphasis()));
                }
            } else if (line instanceof Amount amount) {
                amountRows(printable.apply(amount.label()), printable.apply(amount.amount()), amount.emphasis(),
                        columns, rows);
            } else if (line instanceof Barcode barcode) {
                rows.add(new Row(aligned(barcode.data(), Align.CENTER, columns), false, true));
            } else {
                rows.add(new Row("-".repeat(columns), false));
            }
        }
        return rows;
    }

    private static void amountRows(String label, String amount, boolean emphasis, int columns, List<Row> rows) {
        int amountWidth = width(amount);
        List<String> labels = wrap(label, columns);
        String last = labels.isEmpty() ? "" : labels.get(labels.size() - 1);
        for (int i = 0; i < labels.size() - 1; i++) {
            rows.add(new Row(labels.get(i), emphasis));
        }
        if (width(last) + 1 + amountWidth <= columns) {
            rows.add(new Row(last + " ".repeat(columns - width(last) - amountWidth) + amount, emphasis));
        } else {
            if (!last.isEmpty()) {
                rows.add(new Row(last, emphasis));
            }
            rows.add(new Row(" ".repeat(Math.max(0, columns - amountWidth)) + amount, emphasis));
        }
    }

    /**
     * The text in pieces of at most {@code columns}, broken at spaces where it can be; one empty piece for none. A
     * first piece keeps its indentation.
     */
    static List<String> wrap(String text, int columns) {
        List<String> pieces = new ArrayList<>();
        String rest = text.isBlank() ? "" : text.stripTrailing();
        while (!rest.isEmpty()) {
            if (width(rest) <= columns) {
                pieces.add(rest);
                break;
            }
            int cut = rest.offsetByCodePoints(0, columns);
            int space = rest.lastIndexOf(' ', cut);
            int end = space > 0 ? space : cut;
            pieces.add(rest.substring(0, end).stripTrailing());
            rest = rest.substring(end).stripLeading();
        }
        if (pieces.isEmpty()) {
            pieces.add("");
        }
        return pieces;
    }

    private static String aligned(String piece, Align align, int columns) {
        int free = Math.max(0, columns - width(piece));
        return switch (align) {
            case LEFT -> piece;
            case CENTER -> " ".repeat(free / 2) + piece;
            case RIGHT -> " ".repeat(free) + piece;
        };
    }

    /** The characters a text takes on the paper: its code points. */
    static int width(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Builds a {@link PrintJob} line by line.
     *
     * @since 1.3
     */
    public static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private boolean cut = true;
        private boolean kickDrawer;

        private Builder() {
        }

        /**
         * Adds a line of plain text at the left.
         *
         * @param text what to print
         * @return this builder
         */
        public Builder text(String text) {
            return text(text, Align.LEFT, false);
        }

        /**
         * Adds a line of text.
         *
         * @param text     what to print
         * @param align    where it stands
         * @param emphasis whether bold
         * @return this builder
         */
        public Builder text(String text, Align align, boolean emphasis) {
            lines.add(new Text(text, align, emphasis));
            return this;
        }

        /**
         * Adds a label with an amount at the right edge.
         *
         * @param label  what the amount is
         * @param amount the amount as written
         * @return this builder
         */
        public Builder amount(String label, String amount) {
            return amount(label, amount, false);
        }

        /**
         * Adds a label with an amount at the right edge.
         *
         * @param label    what the amount is
         * @param amount   the amount as written
         * @param emphasis whether bold
         * @return this builder
         */
        public Builder amount(String label, String amount, boolean emphasis) {
            lines.add(new Amount(label, amount, emphasis));
            return this;
        }

        /**
         * Adds a line of dashes.
         *
         * @return this builder
         */
        public Builder rule() {
            lines.add(new Rule());
            return this;
        }

        /**
         * Adds a Code 128 barcode with its text under it.
         *
         * @param data 1 to 32 printable ASCII characters
         * @return this builder
         * @since 1.5
         */
        public Builder barcode(String data) {
            lines.add(new Barcode(data));
            return this;
        }

        /**
         * Adds an empty line.
         *
         * @return this builder
         */
        public Builder blank() {
            return text("");
        }

        /**
         * Whether the paper is cut after the job; it is unless told otherwise.
         *
         * @param cut whether to cut
         * @return this builder
         */
        public Builder cut(boolean cut) {
            this.cut = cut;
            return this;
        }

        /**
         * Asks for the drawer to be kicked after the job.
         *
         * @return this builder
         */
        public Builder kickDrawer() {
            this.kickDrawer = true;
            return this;
        }

        /**
         * The job.
         *
         * @return the lines so far, with the cut and kick asked for
         */
        public PrintJob build() {
            return new PrintJob(lines, cut, kickDrawer);
        }
    }
}
