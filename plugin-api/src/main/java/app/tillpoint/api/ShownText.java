package app.tillpoint.api;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text from outside the code may hold before the till stores it and shows it back: a product's, category's or
 * cashier's name (imported by an administrator, from a retailer's files), and a reason or note typed at the till.
 * Such a text is always shown as text (the kiosk renders no HTML, {@link app.tillpoint.api.ui.PlainText}); these
 * rules keep out what would still mislead a reader of it, on the till, in a report or in the back office.
 *
 * <p>A <b>name</b> holds no markup (a {@code <} followed by a letter, {@code /}, {@code !} or {@code ?}:
 * {@code <html>}, {@code <img}, {@code </b>}), no character that changes the writing direction (U+202A to U+202E,
 * U+2066 to U+2069, U+200E, U+200F, U+061C) and no control character (a line break, tab, U+0000 to U+001F, U+007F to
 * U+009F, U+2028, U+2029). A <b>typed</b> text (a cash move's reason, an opening or closing note) may hold {@code <},
 * as in "counted &lt; expected", and the direction marks U+200E, U+200F and U+061C, which the terminal's own amounts
 * carry in Arabic, Hebrew, Persian and Urdu; it holds no embedding, override or isolate (U+202A to U+202E, U+2066 to
 * U+2069), which reorder the text that follows them, and no control character but line breaks and tabs where lines
 * are allowed.
 *
 * @since 1.2
 */
public final class ShownText {

    private ShownText() {
    }

    /**
     * Why {@code text} may not be a name shown on the till (a product, a category, a cashier), if it may not.
     *
     * @param text the name as it would be stored; not null
     * @return what is wrong, to follow "the name": "holds markup ("&lt;img")", "holds a character that changes the
     *         writing direction (U+202E)", "holds a control character (a line break or tab)"; empty if it may
     */
    public static Optional<String> problemInName(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' && i + 1 < text.length() && startsTag(text.charAt(i + 1))) {
                return Optional.of("holds markup (\"" + tagAt(text, i) + "\")");
            }
            if (changesDirection(c) || isDirectionMark(c)) {
                return Optional.of(directionProblem(c));
            }
            if (isControl(c)) {
                return Optional.of(controlProblem(c));
            }
        }
        return Optional.empty();
    }

    /**
     * Why {@code text}, typed at the till, may not be stored as a reason or a note, if it may not.
     *
     * @param text       the text as typed; not null
     * @param multiline  whether line breaks and tabs are allowed: true for a note, false for a reason
     * @return what is wrong, to follow "the reason" or "the note": "holds a character that changes the writing
     *         direction (U+202E)", "holds a control character (U+0007)"; empty if it may
     */
    public static Optional<String> problemInTyped(String text, boolean multiline) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (changesDirection(c)) {
                return Optional.of(directionProblem(c));
            }
            boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t';
            if (isControl(c) && !(multiline && lineBreakOrTab)) {
                return Optional.of(controlProblem(c));
            }
        }
        return Optional.empty();
    }

    /** An embedding, override or isolate: it reorders the text after it, up to its end or the paragraph's. */
    private static boolean changesDirection(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** A mark: an invisible letter of a direction, which only sways the characters around it. */
    private static boolean isDirectionMark(char c) {
        return c == '\u200E' || c == '\u200F' || c == '\u061C';
    }

    private static boolean isControl(char c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    private static boolean startsTag(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?';
    }

    /** The tag's start as the reader will recognise it: "<html", "</b", "<!--". */
    private static String tagAt(String text, int start) {
        int end = start + 2;
        while (end < text.length() && end - start < 12 && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    private static String directionProblem(char c) {
        return "holds a character that changes the writing direction (" + codePoint(c) + ")";
    }

    private static String controlProblem(char c) {
        boolean lineBreakOrTab = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
        return "holds a control character (" + (lineBreakOrTab ? "a line break or tab" : codePoint(c)) + ")";
    }

    private static String codePoint(char c) {
        return String.format(Locale.ROOT, "U+%04X", (int) c);
    }
}
