package app.tillpoint.api.ui;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One language's keys on the on-screen {@link Keyboard}: pages of up to four rows of keys, each key the text it types
 * (a letter, a vowel sign, a whole conjunct such as {@code क्ष}). The keyboard's page key turns the pages, its
 * language key turns the layouts a terminal offers. Immutable.
 *
 * <p>The Indic layouts are laid out for a touch screen rather than copied from InScript's 47 keys with two shift
 * levels: the first page holds what a word is mostly made of (the vowel signs, virama or pulli, and the consonants), the
 * second the independent vowels, conjuncts and digits, so a word is typed in one page, the way InScript keeps the
 * signs and consonants on one layer.
 *
 * @param code  the code a terminal names the layout by in its configuration ({@code en}, {@code hi}, {@code ta})
 * @param label what the language key shows while this layout is on ({@code EN}, {@code हि}, {@code த})
 * @param pages the pages, the first shown first
 * @since 1.2
 */
public record KeyboardLayout(String code, String label, List<Page> pages) {

    /**
     * One page of keys.
     *
     * @param label what the page key shows to turn to this page ({@code abc}, {@code ?123}, {@code क})
     * @param rows  the keys, row by row, each the text it types; at most {@link #MAX_ROWS} rows of at most
     *              {@link #MAX_KEYS_IN_A_ROW} keys
     * @since 1.2
     */
    public record Page(String label, List<List<String>> rows) {
        /**
         * A page, its rows copied.
         *
         * @param label what the page key shows to turn to this page
         * @param rows  the keys, row by row
         * @throws IllegalArgumentException when there are more rows or keys in a row than a screen of 800 px holds,
         *                                  or a key types nothing
         */
        public Page {
            rows = rows.stream().map(List::copyOf).toList();
            if (rows.isEmpty() || rows.size() > MAX_ROWS) {
                throw new IllegalArgumentException("A page has 1 to " + MAX_ROWS + " rows, not " + rows.size());
            }
            for (List<String> row : rows) {
                if (row.isEmpty() || row.size() > MAX_KEYS_IN_A_ROW) {
                    throw new IllegalArgumentException("A row has 1 to " + MAX_KEYS_IN_A_ROW + " keys: " + row);
                }
                if (row.stream().anyMatch(String::isEmpty)) {
                    throw new IllegalArgumentException("A key types nothing: " + row);
                }
            }
        }

        /**
         * The widest row's number of keys: the page's columns.
         *
         * @return from 1 to {@link #MAX_KEYS_IN_A_ROW}
         */
        public int columns() {
            return rows.stream().mapToInt(List::size).max().orElse(1);
        }
    }

    /** The most rows of keys on a page (the row of space, shift and the rest comes below them). @since 1.2 */
    public static final int MAX_ROWS = 4;
    /** The most keys in a row: 12 keys of 48 px and their gaps fit a screen 800 px wide. @since 1.2 */
    public static final int MAX_KEYS_IN_A_ROW = 12;

    private static final Page SYMBOLS = page("?123",
            "1 2 3 4 5 6 7 8 9 0",
            "@ # \u20B9 $ % & * ( ) / +",
            "= _ : ; \" ! ? [ ] ~ \\",
            "' , . - ^ { } | ` \u00B0");

    /** English: the letters in QWERTY rows with the digits above them, and a page of symbols. @since 1.2 */
    public static final KeyboardLayout ENGLISH = new KeyboardLayout("en", "EN", List.of(
            page("abc",
                    "1 2 3 4 5 6 7 8 9 0",
                    "q w e r t y u i o p",
                    "a s d f g h j k l '",
                    "z x c v b n m , . -"),
            SYMBOLS));

    /**
     * Hindi in Devanagari: the vowel signs (matras), anusvara, virama and nukta with the consonants on the first page;
     * the independent vowels, the common conjuncts, the danda and the Devanagari digits on the second.
     * @since 1.2
     */
    public static final KeyboardLayout HINDI = new KeyboardLayout("hi", "\u0939\u093F", List.of(
            page("\u0915",
                    "\u093E \u093F \u0940 \u0941 \u0942 \u0943 \u0947 \u0948 \u094B \u094C \u0902 \u094D",
                    "\u0915 \u0916 \u0917 \u0918 \u0919 \u091A \u091B \u091C \u091D \u091E \u091F \u0920",
                    "\u0921 \u0922 \u0923 \u0924 \u0925 \u0926 \u0927 \u0928 \u092A \u092B \u092C \u092D",
                    "\u092E \u092F \u0930 \u0932 \u0935 \u0936 \u0937 \u0938 \u0939 \u0901 \u0903 \u093C"),
            page("\u0905",
                    "\u0905 \u0906 \u0907 \u0908 \u0909 \u090A \u090B \u090F \u0910 \u0913 \u0914 \u0911",
                    "\u0915\u094D\u0937 \u0924\u094D\u0930 \u091C\u094D\u091E \u0936\u094D\u0930 \u0949 \u0945 "
                            + "\u0964 \u0965 \u0950 \u20B9 , ?",
                    "\u0966 \u0967 \u0968 \u0969 \u096A \u096B \u096C \u096D \u096E \u096F",
                    "1 2 3 4 5 6 7 8 9 0"),
            SYMBOLS));

    /**
     * Tamil: the vowel signs and the pulli with the consonants (the mei are a consonant and the pulli) and the aytham on
     * the first page; the independent vowels (uyir), {@code க்ஷ}, {@code ஸ்ரீ} and the digits on the second.
     * @since 1.2
     */
    public static final KeyboardLayout TAMIL = new KeyboardLayout("ta", "\u0BA4", List.of(
            page("\u0B95",
                    "\u0BBE \u0BBF \u0BC0 \u0BC1 \u0BC2 \u0BC6 \u0BC7 \u0BC8 \u0BCA \u0BCB \u0BCC \u0BCD",
                    "\u0B95 \u0B99 \u0B9A \u0B9E \u0B9F \u0BA3 \u0BA4 \u0BA8 \u0BAA \u0BAE \u0BAF \u0BB0",
                    "\u0BB2 \u0BB5 \u0BB4 \u0BB3 \u0BB1 \u0BA9 \u0B9C \u0BB7 \u0BB8 \u0BB9 \u0B83",
                    ", . ? ! - ' \u20B9"),
            page("\u0B85",
                    "\u0B85 \u0B86 \u0B87 \u0B88 \u0B89 \u0B8A \u0B8E \u0B8F \u0B90 \u0B92 \u0B93 \u0B94",
                    "\u0B95\u0BCD\u0BB7 \u0BB8\u0BCD\u0BB0\u0BC0 \u0BD0",
                    "1 2 3 4 5 6 7 8 9 0"),
            SYMBOLS));

    private static final List<KeyboardLayout> ALL = List.of(ENGLISH, HINDI, TAMIL);

    /**
     * A layout, its pages copied.
     *
     * @param code  the code a terminal names it by
     * @param label what the language key shows while it is on
     * @param pages its pages, at least one
     * @throws IllegalArgumentException when it has no page
     */
    public KeyboardLayout {
        pages = List.copyOf(pages);
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("A keyboard layout needs a page");
        }
    }

    /**
     * The layout a terminal names by {@code code}.
     *
     * @param code {@code en}, {@code hi} or {@code ta}
     * @return the layout; empty for a code there is no layout of
     */
    public static Optional<KeyboardLayout> of(String code) {
        return ALL.stream().filter(layout -> layout.code.equals(code)).findFirst();
    }

    /**
     * The codes there are layouts for, in the order the language key turns them when a terminal offers them all.
     *
     * @return {@code en}, {@code hi}, {@code ta}
     */
    public static List<String> codes() {
        return ALL.stream().map(KeyboardLayout::code).toList();
    }

    private static Page page(String label, String... rows) {
        return new Page(label, Arrays.stream(rows).map(row -> List.of(row.split(" "))).toList());
    }
}
