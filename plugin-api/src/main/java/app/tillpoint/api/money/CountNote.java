package app.tillpoint.api.money;

import java.util.Locale;

/**
 * A note with the lines of the latest count in it, the one way the opening and the closing dialogs write a count into
 * their note: the lines of a new count replace those of the count before, where the cashier left them; otherwise they
 * go on top, above what the cashier typed. The count rows stay the record; the note's lines are written from them.
 * One per dialog, since it remembers the lines it wrote last. Not thread-safe. @since 1.2
 */
public final class CountNote {
    private String countLines = "";

    /**
     * {@code note} with {@code count}'s lines ({@link CashCount#noteLines}) in place of the last ones written.
     *
     * @param note   the note as it stands in the dialog, with whatever the cashier typed; null reads as empty
     * @param count  the count just confirmed
     * @param locale how the amounts are written; the terminal's locale
     * @return the note to show: the count's lines where the lines written last still stand, else on top
     */
    public String withCount(String note, CashCount count, Locale locale) {
        String text = note == null ? "" : note;
        String lines = String.join("\n", count.noteLines(locale));
        int earlier = countLines.isEmpty() ? -1 : text.indexOf(countLines);
        String written;
        if (earlier >= 0) {
            written = text.substring(0, earlier) + lines + text.substring(earlier + countLines.length());
        } else {
            written = text.isBlank() ? lines : lines + "\n" + text;
        }
        countLines = lines;
        return written;
    }
}
