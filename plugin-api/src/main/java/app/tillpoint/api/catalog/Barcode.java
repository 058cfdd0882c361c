package app.tillpoint.api.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A product's barcode, checked: EAN-13, EAN-8, UPC-A and UPC-E (digits only, their check digit right) or Code 128
 * (printable ASCII). Pure: no database, no device.
 *
 * <p>The numeric kinds are one family, GTIN: the same article printed as UPC-A {@code 036000291452} and as EAN-13
 * {@code 0036000291452} is one barcode, and a UPC-E stands for its UPC-A. {@link #key()} is what a catalog stores
 * and looks up: the GTIN as 14 digits for the numeric kinds (a UPC-E expanded first), the text itself for Code 128.
 * {@link #keysOf(String)} gives the keys a scanned text may stand for.
 *
 * @param kind the symbology
 * @param code the code as written, its check digit included (a UPC-E with its number system and check digit: 8
 *             digits)
 * @since 1.3
 */
public record Barcode(Kind kind, String code) {

    /** The longest Code 128 a catalog accepts: longer is a mistake in a file, not a product's label. */
    public static final int MAX_CODE_128_LENGTH = 48;

    /**
     * The symbologies a product's barcode may have.
     *
     * @since 1.3
     */
    public enum Kind {
        /** 13 digits, the last a check digit. */
        EAN_13("EAN-13", 13),
        /** 8 digits, the last a check digit. */
        EAN_8("EAN-8", 8),
        /** 12 digits, the last a check digit. */
        UPC_A("UPC-A", 12),
        /** 8 digits: number system 0 or 1, six digits, and the check digit of the UPC-A it stands for. */
        UPC_E("UPC-E", 8),
        /** 1 to {@value #MAX_CODE_128_LENGTH} printable ASCII characters, no space. */
        CODE_128("Code 128", 0);

        private final String label;
        private final int digits;

        Kind(String label, int digits) {
            this.label = label;
            this.digits = digits;
        }

        /**
         * The name people write, e.g. "EAN-13".
         *
         * @return the kind's usual name
         */
        public String label() {
            return label;
        }

        /**
         * Whether the kind is all digits with a check digit (the GTIN family).
         *
         * @return true for EAN-13, EAN-8, UPC-A and UPC-E
         */
        public boolean numeric() {
            return digits > 0;
        }
    }

    /**
     * Checks the barcode.
     *
     * @param kind not null
     * @param code not null, valid for {@code kind} ({@link #problem(Kind, String)} is empty)
     * @throws NullPointerException     if either is null
     * @throws IllegalArgumentException naming what is wrong with the code
     */
    public Barcode {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Optional<String> problem = problem(kind, code);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
    }

    /**
     * Reads a barcode as a catalog file writes it: bare ({@code 4006381333931}), or with its kind in front
     * ({@code upce:01234565}, {@code code128:A-1234}; also {@code ean13:}, {@code ean8:}, {@code upca:}). A bare
     * code of 13 digits is an EAN-13, of 12 a UPC-A, of 8 an EAN-8 (a UPC-E if only its check digit holds for
     * that); any other bare code is a Code 128.
     *
     * @param written the text of the file, spaces around it ignored
     * @return the barcode
     * @throws IllegalArgumentException naming what is wrong, e.g. a wrong check digit
     */
    public static Barcode parse(String written) {
        String text = Objects.requireNonNull(written, "written").strip();
        int colon = text.indexOf(':');
        if (colon > 0) {
            String prefix = text.substring(0, colon).toLowerCase(Locale.ROOT).replace("-", "").replace(" ", "");
            Kind kind = switch (prefix) {
                case "ean13" -> Kind.EAN_13;
                case "ean8" -> Kind.EAN_8;
                case "upca" -> Kind.UPC_A;
                case "upce" -> Kind.UPC_E;
                case "code128" -> Kind.CODE_128;
                default -> null;
            };
            if (kind != null) {
                return new Barcode(kind, text.substring(colon + 1).strip());
            }
        }
        if (allDigits(text)) {
            switch (text.length()) {
                case 13 -> {
                    return new Barcode(Kind.EAN_13, text);
                }
                case 12 -> {
                    return new Barcode(Kind.UPC_A, text);
                }
                case 8 -> {
                    if (problem(Kind.EAN_8, text).isPresent() && problem(Kind.UPC_E, text).isEmpty()) {
                        return new Barcode(Kind.UPC_E, text);
                    }
                    return new Barcode(Kind.EAN_8, text);
                }
                default -> {
                    // Another length of digits: an internal code, printed as Code 128.
                }
            }
        }
        return new Barcode(Kind.CODE_128, text);
    }

    /**
     * What is wrong with {@code code} as a barcode of {@code kind}.
     *
     * @param kind the symbology
     * @param code the code, check digit included
     * @return why it is not valid, e.g. "EAN-13 4006381333932: the check digit is 2, it should be 1"; empty when
     *         it is valid
     */
    public static Optional<String> problem(Kind kind, String code) {
        if (code.isEmpty()) {
            return Optional.of(kind.label() + ": the code is empty");
        }
        if (!kind.numeric()) {
            if (code.length() > MAX_CODE_128_LENGTH) {
                return Optional.of(kind.label() + " " + shown(code) + ": " + code.length() + " characters, at most "
                        + MAX_CODE_128_LENGTH);
            }
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c <= ' ' || c > '~') {
                    return Optional.of(kind.label() + " " + shown(code) + ": only letters, digits and ASCII signs, "
                            + "no space (character " + (i + 1) + ")");
                }
            }
            return Optional.empty();
        }
        if (!allDigits(code)) {
            return Optional.of(kind.label() + " " + shown(code) + ": only digits, no letter or sign");
        }
        if (code.length() != kind.digits) {
            return Optional.of(kind.label() + " " + code + ": " + code.length() + " digits, not " + kind.digits);
        }
        if (kind == Kind.UPC_E && code.charAt(0) != '0' && code.charAt(0) != '1') {
            return Optional.of(kind.label() + " " + code + ": it starts with its number system, 0 or 1, not "
                    + code.charAt(0));
        }
        String body = kind == Kind.UPC_E ? upcEToUpcA(code) : code;
        int expected = checkDigit(body.substring(0, body.length() - 1));
        int actual = code.charAt(code.length() - 1) - '0';
        if (actual != expected) {
            return Optional.of(kind.label() + " " + code + ": the check digit is " + actual + ", it should be "
                    + expected);
        }
        return Optional.empty();
    }

    /**
     * The GS1 check digit of {@code digits} (a code without its check digit): from the right, weights 3, 1, 3 …
     *
     * @param digits the digits before the check digit
     * @return 0 to 9
     * @throws IllegalArgumentException if {@code digits} is empty or holds anything but digits
     */
    public static int checkDigit(String digits) {
        if (digits.isEmpty() || !allDigits(digits)) {
            throw new IllegalArgumentException("Not digits: " + shown(digits));
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /**
     * The UPC-A a UPC-E stands for (zeros put back where the UPC-E left them out), with the same check digit.
     *
     * @param upcE 8 digits: number system, six digits, check digit
     * @return the 12 digits of the UPC-A
     * @throws IllegalArgumentException if {@code upcE} is not 8 digits
     */
    public static String upcEToUpcA(String upcE) {
        if (upcE.length() != 8 || !allDigits(upcE)) {
            throw new IllegalArgumentException("A UPC-E is 8 digits: " + shown(upcE));
        }
        char system = upcE.charAt(0);
        String d = upcE.substring(1, 7);
        char check = upcE.charAt(7);
        char last = d.charAt(5);
        String middle = switch (last) {
            case '0', '1', '2' -> d.substring(0, 2) + last + "0000" + d.substring(2, 5);
            case '3' -> d.substring(0, 3) + "00000" + d.substring(3, 5);
            case '4' -> d.substring(0, 4) + "00000" + d.charAt(4);
            default -> d.substring(0, 5) + "0000" + last;
        };
        return system + middle + check;
    }

    /**
     * What a catalog stores and looks this barcode up by: the GTIN as 14 digits for the numeric kinds, a UPC-E as
     * its UPC-A; the code itself for Code 128.
     *
     * @return the lookup key
     */
    public String key() {
        return switch (kind) {
            case UPC_E -> gtin14(upcEToUpcA(code));
            case CODE_128 -> code;
            default -> gtin14(code);
        };
    }

    /**
     * The keys a scanned text may stand for, most likely first: a scanner sends a UPC-A with or without the EAN-13's
     * leading zero, and 8 digits may be an EAN-8 or a UPC-E. The text itself, as a Code 128, is always among them.
     *
     * @param scanned what the scanner sent, spaces around it ignored
     * @return the keys to look up, each once; empty for an empty text
     */
    public static List<String> keysOf(String scanned) {
        String text = scanned.strip();
        List<String> keys = new ArrayList<>();
        if (text.isEmpty()) {
            return keys;
        }
        if (allDigits(text)) {
            for (Kind kind : Kind.values()) {
                if (kind.numeric() && text.length() == kind.digits && problem(kind, text).isEmpty()) {
                    keys.add(new Barcode(kind, text).key());
                }
            }
            if (text.length() == 14 && checkDigit(text.substring(0, 13)) == text.charAt(13) - '0') {
                keys.add(text); // a GTIN-14 as some scanners send it
            }
        }
        if (!keys.contains(text) && problem(Kind.CODE_128, text).isEmpty()) {
            keys.add(text);
        }
        return keys.stream().distinct().toList();
    }

    /**
     * The barcode as a catalog file writes it with its kind, e.g. {@code upce:01234565}; {@link #parse} reads it
     * back.
     *
     * @return the kind's prefix and the code
     */
    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT).replace("_", "") + ":" + code;
    }

    private static String gtin14(String digits) {
        return "0".repeat(14 - digits.length()) + digits;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static String shown(String text) {
        return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
    }
}
