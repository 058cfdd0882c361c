package app.tillpoint.devices.escpos;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Map;

/**
 * What an ESC/POS printer can print of a text in its code page. No common code page has the rupee sign, so "₹" is
 * written "Rs." (measured before the line is laid out, so the amount column still fits); a few typographic signs get
 * their plain form; anything else the code page lacks becomes "?", visibly, never another character of the page, or,
 * for a printer that draws such rows as pictures ({@link RasterRows}), stays as it is ({@link #plain}).
 */
final class Glyphs {
    /** The code page escpos-coffee selects first (ESC t 0) and encodes with. */
    static final String CODE_PAGE = "cp437";
    private static final Map<String, String> PLAIN = Map.of("₹", "Rs.", "−", "-", "–", "-", "—", "-", "‘", "'",
            "’", "'", "“", "\"", "”", "\"", "…", "...", "\u00a0", " ");
    private final Charset charset;

    private Glyphs(Charset charset) {
        this.charset = charset;
    }

    /** The code page's glyphs, or plain ASCII where this Java runtime lacks the code page. */
    static Glyphs codePage437() {
        try {
            return new Glyphs(Charset.forName(CODE_PAGE));
        } catch (UnsupportedCharsetException e) {
            return new Glyphs(Charset.forName("US-ASCII"));
        }
    }

    /** The charset to encode with, for escpos-coffee. */
    String charsetName() {
        return charset.name();
    }

    /** {@code text} as the printer will print it in its code page. */
    String printable(String text) {
        return characters(text, false);
    }

    /**
     * {@code text} with the plain forms ("Rs.") and a control character as "?", but a letter the code page lacks kept:
     * what is laid out when such rows are drawn as pictures.
     */
    String plain(String text) {
        return characters(text, true);
    }

    /** Whether the code page has every character of {@code row}, which can then be printed as text. */
    boolean fits(String row) {
        return charset.newEncoder().canEncode(row);
    }

    private String characters(String text, boolean keepOthers) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String one = Character.toString(codePoint);
            String plain = PLAIN.get(one);
            if (plain != null) {
                out.append(plain);
            } else if (codePoint < 0x20 || codePoint == 0x7F) {
                out.append('?');
            } else if (keepOthers || encoder.canEncode(one)) {
                out.append(one);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }
}
