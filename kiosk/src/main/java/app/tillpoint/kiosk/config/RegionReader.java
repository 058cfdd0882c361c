package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Currency;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

import static app.tillpoint.kiosk.config.Problems.quote;

/** Reads the terminal's currency, locale and time zone. */
final class RegionReader {

    private static final Pattern REGION_NUMBER = Pattern.compile("\\d{3}");

    private final Problems problems;
    private final JsonFields fields;

    RegionReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    Currency currency(JsonNode root) {
        String code = fields.string(root, "", "currency", "\"INR\"");
        if (code == null) {
            return null;
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            String hint = isCurrencyCode(code.toUpperCase(Locale.ROOT))
                    ? "; currency codes are written in capitals: " + quote(code.toUpperCase(Locale.ROOT))
                    : " (an ISO 4217 code such as \"INR\", \"EUR\", \"USD\", \"GBP\")";
            problems.add("currency", "unknown currency " + quote(code) + hint);
            return null;
        }
        if (currency.getDefaultFractionDigits() < 0) {
            problems.add("currency", quote(code) + " is not a currency of bills and coins");
            return null;
        }
        return currency;
    }

    private static boolean isCurrencyCode(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    Locale locale(JsonNode root) {
        String tag = fields.string(root, "", "locale", "\"en-IN\"");
        if (tag == null) {
            return null;
        }
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            problems.add("locale", quote(tag) + " is not a BCP 47 language tag; write it like \"en-IN\" or \"de-DE\"");
            return null;
        }
        // The ISO lists, not Locale.getAvailableLocales(), which costs a tenth of a second at start.
        if (!knownLanguage(locale.getLanguage()) || !knownRegion(locale.getCountry())) {
            problems.add("locale", "unknown locale " + quote(tag) + " (a language and a region such as \"en-IN\")");
            return null;
        }
        return locale;
    }

    private static boolean knownLanguage(String language) {
        if (language.length() == 3) {
            return !language.equals(Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH));
        }
        return !language.isEmpty() && Arrays.asList(Locale.getISOLanguages()).contains(language);
    }

    private static boolean knownRegion(String region) {
        return region.isEmpty() || REGION_NUMBER.matcher(region).matches()
                || Arrays.asList(Locale.getISOCountries()).contains(region);
    }

    ZoneId zone(JsonNode root) {
        String id = fields.string(root, "", "zone", "\"Asia/Kolkata\"");
        if (id == null) {
            return null;
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            problems.add("zone", "unknown time zone " + quote(id) + " (a region id such as \"Asia/Kolkata\")");
            return null;
        }
    }
}
