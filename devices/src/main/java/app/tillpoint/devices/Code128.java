package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * A barcode row as Code 128, the way our printers are told to draw it: the data split into runs of code set B and,
 * where it saves symbols, of code set C (two digits a symbol), with the fewest symbols there can be; how many modules
 * its bars take (start, data with the set switches, check, stop); the widest module that fits a paper with its quiet
 * zones; and the data in the two forms printers take, ESC/POS {@code GS k} ({@link #escPos}) and UnifiedPOS's
 * {@code PTR_BCS_Code128_Parsed} ({@link #parsed}). The ESC/POS, JavaPOS and simulated printers all ask it, so a
 * receipt's code is printed, or left as text, alike on each.
 */
public final class Code128 {
    /** A symbol's modules: three bars and three spaces. */
    static final int SYMBOL_MODULES = 11;
    /** The stop pattern: a symbol and its two-module termination bar. */
    static final int STOP_MODULES = 13;
    /** The blank a scanner needs on either side of the bars, in modules (ISO/IEC 15417). */
    public static final int QUIET_ZONE_MODULES = 10;
    /**
     * Blank paper beyond the printable width on either side, in dots at 203 dpi: 3 mm, less than either paper has
     * (58 mm paper printed 48 mm wide keeps about 5 mm a side, 80 mm printed 72 mm wide about 4 mm). The quiet zones
     * may reach into it; the bars never do.
     */
    public static final int PAPER_EDGE_DOTS = 24;
    /** Three dots a module where they fit: wider bars read more easily off thermal paper. */
    static final int WIDEST_MODULE = 3;
    /** {@code GS w}'s narrowest (escpos-coffee refuses 1): 0.25 mm at 203 dpi, read by any receipt scanner. */
    static final int NARROWEST_MODULE = 2;

    /** A run of the data in one code set: 'B' for characters one a symbol, 'C' for digits two a symbol. */
    public record Run(char set, String text) {
    }

    private final List<Run> runs;

    private Code128(List<Run> runs) {
        this.runs = List.copyOf(runs);
    }

    /**
     * The symbol for {@code data}, in the fewest symbols: code set C for a run of digits wherever it saves more
     * symbols than the switches to it and back cost, code set B for the rest.
     *
     * @param data 1 or more characters from space to tilde, as {@link app.tillpoint.api.device.PrintJob.Barcode}
     *             holds
     * @return the symbol
     * @throws IllegalArgumentException if the data is empty or holds another character
     */
    public static Code128 of(String data) {
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() || !data.chars().allMatch(c -> c >= ' ' && c <= '~')) {
            throw new IllegalArgumentException("Code 128 here holds printable ASCII characters: " + data);
        }
        int n = data.length();
        // inB[i], inC[i]: the fewest symbols for data[i..] when set B or C is the one in use at i.
        int[] inB = new int[n + 1];
        int[] inC = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            int stayB = 1 + inB[i + 1];
            int stayC = pairAt(data, i) ? 1 + inC[i + 2] : Integer.MAX_VALUE / 2;
            inB[i] = Math.min(stayB, 1 + stayC);
            inC[i] = Math.min(stayC, 1 + stayB);
        }
        List<Run> runs = new ArrayList<>();
        char set = inC[0] < inB[0] ? 'C' : 'B';
        StringBuilder run = new StringBuilder();
        int i = 0;
        while (i < n) {
            boolean stay = set == 'B' ? 1 + inB[i + 1] == inB[i] : pairAt(data, i) && 1 + inC[i + 2] == inC[i];
            if (stay) {
                int width = set == 'B' ? 1 : 2;
                run.append(data, i, i + width);
                i += width;
            } else {
                runs.add(new Run(set, run.toString()));
                run.setLength(0);
                set = set == 'B' ? 'C' : 'B';
            }
        }
        runs.add(new Run(set, run.toString()));
        return new Code128(runs);
    }

    private static boolean pairAt(String data, int i) {
        return i + 1 < data.length() && isDigit(data.charAt(i)) && isDigit(data.charAt(i + 1));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The runs, first first; the first one's set is the start symbol's.
     *
     * @return one run or more, none empty
     */
    public List<Run> runs() {
        return runs;
    }

    /**
     * The symbols between the quiet zones but the stop: the start, the data's (a switch of set is one), the check.
     *
     * @return how many
     */
    public int symbols() {
        int symbols = 2 + runs.size() - 1;
        for (Run run : runs) {
            symbols += run.set() == 'C' ? run.text().length() / 2 : run.text().length();
        }
        return symbols;
    }

    /**
     * The modules across the bars: each symbol's 11 and the stop's 13; the quiet zones not counted.
     *
     * @return how many
     */
    public int modules() {
        return SYMBOL_MODULES * symbols() + STOP_MODULES;
    }

    /**
     * The widest module, in dots, that lets the bars fit {@code printableDots} and their quiet zones the paper
     * (the printable width and {@link #PAPER_EDGE_DOTS} on either side), 3 or 2.
     *
     * @param printableDots the printer's line, in dots: 384 on 58 mm paper, 576 on 80 mm
     * @return the dots a module; empty when the bars do not fit even at 2 and the code is to be printed as its text
     */
    public OptionalInt moduleDots(int printableDots) {
        for (int module = WIDEST_MODULE; module >= NARROWEST_MODULE; module--) {
            boolean bars = modules() * module <= printableDots;
            boolean quiet = (modules() + 2 * QUIET_ZONE_MODULES) * module <= printableDots + 2 * PAPER_EDGE_DOTS;
            if (bars && quiet) {
                return OptionalInt.of(module);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The data as ESC/POS {@code GS k} 73 takes it: each run after "{B" or "{C", a brace in set B written
     * twice, a pair of digits in set C as one byte of its value (0 to 99).
     *
     * @return the characters to send, each one byte below 128
     */
    public String escPos() {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append('{').append(run.set());
            if (run.set() == 'B') {
                out.append(run.text().replace("{", "{{"));
            } else {
                for (int i = 0; i < run.text().length(); i += 2) {
                    out.append((char) Integer.parseInt(run.text().substring(i, i + 2)));
                }
            }
        }
        return out.toString();
    }

    /**
     * The data as UnifiedPOS's {@code PTR_BCS_Code128_Parsed} takes it: each run after "{B" or "{C", a
     * brace written twice, the digits of set C as their text.
     *
     * @return the text to hand to {@code printBarCode}
     */
    public String parsed() {
        StringBuilder out = new StringBuilder();
        for (Run run : runs) {
            out.append('{').append(run.set()).append(run.text().replace("{", "{{"));
        }
        return out.toString();
    }
}
