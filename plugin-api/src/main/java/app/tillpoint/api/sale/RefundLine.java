package app.tillpoint.api.sale;

/**
 * One line of a refund: how many of a line of the original order go back.
 *
 * @param lineNo   the line's number in the original order, from 1 in the order sold
 * @param quantity how many go back: at least 1, at most what is left of the line
 * @since 1.4
 */
public record RefundLine(int lineNo, int quantity) {
    /**
     * Checks the line.
     *
     * @param lineNo   at least 1
     * @param quantity at least 1
     * @throws IllegalArgumentException if the line number or the quantity is less than 1
     */
    public RefundLine {
        if (lineNo < 1) {
            throw new IllegalArgumentException("There is no line " + lineNo);
        }
        if (quantity < 1) {
            throw new IllegalArgumentException("A refund gives back at least one, not " + quantity);
        }
    }
}
