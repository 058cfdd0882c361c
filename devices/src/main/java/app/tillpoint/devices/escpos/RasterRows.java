package app.tillpoint.devices.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.CoffeeImageImpl;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows an ESC/POS printer's code page cannot print (Hindi, Tamil) printed as pictures: each row drawn with Java2D as
 * wide as the paper's dots, 12 dots a column (384 at 58 mm, 576 at 80 mm), and sent as a raster image ({@code GS v 0})
 * by escpos-coffee's {@link RasterBitImageWrapper}. Latin letters and digits are drawn in a monospaced font one column
 * apart, as the printer's own font prints them, so an amount at the right edge lines up with the text rows around it;
 * a word of another script is drawn in the first of the Noto fonts the screens use (Debian's {@code fonts-noto-core})
 * that has its letters. A word after one space follows the word before it; one after more (padding) starts at its
 * column, or after the word before it if that is wider. A row that ends up wider than the paper is narrowed to fit. A character no installed font has is drawn "?".
 */
final class RasterRows {
    /** The dots of one character of the printer's usual font (12 × 24). */
    static final int DOTS_PER_COLUMN = 12;
    /** The fonts tried for a letter outside Latin, in order: the screens' Noto fonts, then Java's own fallbacks. */
    static final List<String> SCRIPT_FONTS = List.of("Noto Sans Devanagari", "Noto Sans Tamil", Font.SANS_SERIF);
    private static final float LATIN_SIZE = 20f;
    private static final float SCRIPT_SIZE = 22f;
    private static final int MIN_HEIGHT = 24;
    private final int dots;
    private final FontRenderContext context = new FontRenderContext(null, true, true);

    /** Rows for paper of {@code columns} characters a line. */
    RasterRows(int columns) {
        this.dots = columns * DOTS_PER_COLUMN;
    }

    /** Prints {@code row} as a raster image, bold if asked; the printer moves on to the next line after it. */
    void print(EscPos escpos, String row, boolean bold) throws IOException {
        EscPosImage image = new EscPosImage(new CoffeeImageImpl(draw(row, bold)), new BitonalThreshold());
        escpos.write(new RasterBitImageWrapper(), image);
    }

    /** The row as black on white, {@link #dots} wide. */
    BufferedImage draw(String row, boolean bold) {
        List<Piece> pieces = new ArrayList<>();
        float end = 0;
        int endColumn = 0;
        for (Word word : words(row)) {
            TextLayout layout = new TextLayout(attributed(word.text(), bold).getIterator(), context);
            // One space parts words: it follows the word before. More pad a column (an amount at the right edge).
            float x = word.column() - endColumn == 1 ? end + DOTS_PER_COLUMN
                : Math.max(word.column() * DOTS_PER_COLUMN, end + DOTS_PER_COLUMN);
            pieces.add(new Piece(layout, x));
            end = x + layout.getAdvance();
            endColumn = word.column() + word.text().codePointCount(0, word.text().length());
        }
        float ascent = 0;
        float descent = 0;
        for (Piece piece : pieces) {
            ascent = Math.max(ascent, piece.layout().getAscent());
            descent = Math.max(descent, piece.layout().getDescent());
        }
        int height = Math.max(MIN_HEIGHT, (int) Math.ceil(ascent + descent) + 2);
        BufferedImage image = new BufferedImage(dots, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, dots, height);
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (end > dots) {
                g.scale(dots / end, 1);
            }
            for (Piece piece : pieces) {
                piece.layout().draw(g, piece.x(), 1 + ascent);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /** The font a character is drawn in: monospaced for printable ASCII, else the first that has it, or null. */
    static Font fontFor(int codePoint, boolean bold) {
        int style = bold ? Font.BOLD : Font.PLAIN;
        if (codePoint >= 0x20 && codePoint < 0x7F) {
            return new Font(Font.MONOSPACED, style, 1).deriveFont(LATIN_SIZE);
        }
        for (String family : SCRIPT_FONTS) {
            Font font = new Font(family, style, 1);
            // An absent family silently becomes Dialog: only the logical fallback may be taken by its own name.
            boolean present = family.equals(Font.SANS_SERIF) || font.getFamily().equals(family);
            if (present && font.canDisplay(codePoint)) {
                return font.deriveFont(SCRIPT_SIZE);
            }
        }
        return null;
    }

    /** The word with each character's font; one no font has becomes "?". */
    private static AttributedString attributed(String word, boolean bold) {
        StringBuilder text = new StringBuilder();
        List<Font> fonts = new ArrayList<>();
        word.codePoints().forEach(c -> {
            Font font = fontFor(c, bold);
            int drawn = font == null ? '?' : c;
            Font used = font == null ? fontFor('?', bold) : font;
            for (int i = 0; i < Character.charCount(drawn); i++) {
                fonts.add(used);
            }
            text.appendCodePoint(drawn);
        });
        AttributedString attributed = new AttributedString(text.toString());
        int start = 0;
        for (int i = 1; i <= fonts.size(); i++) {
            if (i == fonts.size() || !fonts.get(i).equals(fonts.get(start))) {
                attributed.addAttribute(TextAttribute.FONT, fonts.get(start), start, i);
                start = i;
            }
        }
        return attributed;
    }

    /** The row's words (runs without spaces), each with the column it starts at, counted in code points. */
    private static List<Word> words(String row) {
        List<Word> words = new ArrayList<>();
        int column = 0;
        StringBuilder word = new StringBuilder();
        int start = 0;
        for (int c : row.codePoints().toArray()) {
            if (c == ' ') {
                if (!word.isEmpty()) {
                    words.add(new Word(word.toString(), start));
                    word.setLength(0);
                }
            } else {
                if (word.isEmpty()) {
                    start = column;
                }
                word.appendCodePoint(c);
            }
            column++;
        }
        if (!word.isEmpty()) {
            words.add(new Word(word.toString(), start));
        }
        return words;
    }

    private record Word(String text, int column) {
    }

    private record Piece(TextLayout layout, float x) {
    }
}
