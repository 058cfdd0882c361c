package app.tillpoint.kiosk.store;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The language a cashier's screens may speak: one the kiosk and its bundled plugins are translated into, or none (the
 * terminal's). Stored in {@code cashiers.language} (V13), whose check names the same codes.
 */
public final class CashierLanguage {
    /** The languages of the kiosk's texts, as ISO 639 codes. */
    public static final List<String> CODES = List.of("en", "hi", "ta");
    /** What the command line says for "the terminal's language". */
    public static final String NONE = "none";

    private CashierLanguage() {
    }

    /**
     * Reads a language as an administrator types it.
     *
     * @return the code, or empty for {@link #NONE}
     * @throws IllegalArgumentException for anything else, saying what is accepted
     */
    public static Optional<String> parse(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        if (code.equals(NONE)) {
            return Optional.empty();
        }
        if (!CODES.contains(code)) {
            throw new IllegalArgumentException("\"" + text + "\" is not a language of the kiosk: give one of "
                    + String.join(", ", CODES) + ", or " + NONE + " for the terminal's");
        }
        return Optional.of(code);
    }

    /**
     * The locale the screens speak for a cashier of {@code language} on a terminal of {@code terminal}: the cashier's
     * language with the terminal's country, so that numbers group as the country does (hi-IN, ta-IN, en-IN).
     */
    public static Locale on(Locale terminal, Optional<String> language) {
        if (language.isEmpty() || language.get().equals(terminal.getLanguage())) {
            return terminal;
        }
        return new Locale.Builder().setLanguage(language.get()).setRegion(terminal.getCountry()).build();
    }
}
