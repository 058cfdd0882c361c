package app.tillpoint.api.sale;

import app.tillpoint.api.terminal.TerminalInfo;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The code a receipt carries as a barcode, which a refund scans to find the order again. It holds the order's number
 * and a tag of the terminal that sold it, so that a receipt from another till is told apart instead of being taken for
 * this till's order of the same number. Written {@code TP<order>-<tag>}, e.g. {@code TP42-7F3A0C}: capital letters,
 * digits and a dash, which every Code 128 printer and every scanner read alike.
 *
 * @param orderId     the order's number, positive
 * @param terminalTag six hexadecimal digits, capital letters ({@link #tagOf})
 * @since 1.5
 */
public record ReceiptCode(long orderId, String terminalTag) {
    private static final Pattern WRITTEN = Pattern.compile("TP([1-9][0-9]{0,17})-([0-9A-F]{6})");
    private static final Pattern TAG = Pattern.compile("[0-9A-F]{6}");

    /**
     * Checks the parts.
     *
     * @param orderId     positive
     * @param terminalTag six hexadecimal digits in capitals
     * @throws IllegalArgumentException if the number is not positive or the tag is not six such digits
     * @throws NullPointerException     if the tag is null
     */
    public ReceiptCode {
        Objects.requireNonNull(terminalTag, "terminalTag");
        if (orderId <= 0) {
            throw new IllegalArgumentException("An order's number is positive: " + orderId);
        }
        if (!TAG.matcher(terminalTag).matches()) {
            throw new IllegalArgumentException("A terminal's tag is six hexadecimal digits: " + terminalTag);
        }
    }

    /**
     * The code of an order sold on {@code terminal}.
     *
     * @param terminal the terminal that sold it
     * @param orderId  the order's number, positive
     * @return its code
     */
    public static ReceiptCode of(TerminalInfo terminal, long orderId) {
        return new ReceiptCode(orderId, tagOf(terminal.name()));
    }

    /**
     * A terminal's tag: the CRC-32 of its name in UTF-8, cut to its low 24 bits, as six hexadecimal digits. Two tills
     * with one name share a tag; a refund still finds only the orders of the till it runs on.
     *
     * @param terminalName the terminal's name, not null
     * @return six hexadecimal digits in capitals
     */
    public static String tagOf(String terminalName) {
        CRC32 crc = new CRC32();
        crc.update(terminalName.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().withUpperCase().toHexDigits(crc.getValue() & 0xFF_FFFFL).substring(10);
    }

    /**
     * Reads a scanned or typed code; spaces around it and small letters are forgiven.
     *
     * @param scanned what the scanner sent, not null
     * @return the code, or empty when {@code scanned} is not a receipt's code (e.g. a product's barcode)
     */
    public static Optional<ReceiptCode> read(String scanned) {
        Matcher m = WRITTEN.matcher(scanned.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ReceiptCode(Long.parseLong(m.group(1)), m.group(2)));
    }

    /**
     * Whether the receipt was printed by {@code terminal} (by a till of its name).
     *
     * @param terminal the terminal asking
     * @return whether the tags agree
     */
    public boolean isFrom(TerminalInfo terminal) {
        return terminalTag.equals(tagOf(terminal.name()));
    }

    /**
     * The code as printed and scanned.
     *
     * @return {@code TP<order>-<tag>}
     */
    public String text() {
        return "TP" + orderId + "-" + terminalTag;
    }
}
