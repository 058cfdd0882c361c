package app.tillpoint.plugins.badgelogin;

import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;

/** Lets only digits into a PIN field, up to a maximum length, whether typed or tapped on the keypad. */
final class DigitsOnlyFilter extends DocumentFilter {
    private final int maxLength;

    DigitsOnlyFilter(int maxLength) {
        this.maxLength = maxLength;
    }

    @Override
    public void insertString(FilterBypass fb, int offset, String text, AttributeSet attr) throws BadLocationException {
        replace(fb, offset, 0, text, attr);
    }

    @Override
    public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
            throws BadLocationException {
        String digits = text == null ? "" : text.chars().filter(Character::isDigit)
                .filter(c -> c < 128)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        int room = maxLength - (fb.getDocument().getLength() - length);
        if (digits.length() > room) {
            digits = digits.substring(0, Math.max(room, 0));
        }
        fb.replace(offset, length, digits, attrs);
    }
}
