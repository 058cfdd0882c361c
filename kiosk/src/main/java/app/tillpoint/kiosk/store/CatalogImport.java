package app.tillpoint.kiosk.store;

import app.tillpoint.api.ShownText;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.TaxRate;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a catalog file, CSV or JSON, into the products it lists, checking every line and naming each bad one with its
 * line number and what is wrong. Nothing is stored here: {@link SqlCatalog#replace} stores a checked list at once.
 *
 * <p>CSV (UTF-8): a header {@code name,category,price}, then one product a line; fields with commas or quotes are
 * quoted ({@code "Tea, masala"}, quotes doubled). JSON: {@code [{"name": "Masala chai", "category": "Drinks",
 * "price": "20.00"}]}. Prices are decimal strings in the terminal's currency ("12.50"), never JSON numbers, and at
 * most {@link #MAX_PRICE_MINOR_UNITS}. Names and categories are shown as plain text and hold no markup, no character
 * that changes the writing direction and no control character ({@link ShownText#problemInName}). A fourth CSV
 * column {@code taxes} or a JSON field {@code taxes} gives each product its tax rates ({@link CatalogTaxes}).
 *
 * <p>Barcodes (since issue 21): a CSV column {@code barcodes}, the product's codes separated by spaces
 * ({@code 4006381333931 upce:04252614}), or a JSON list {@code "barcodes": ["4006381333931"]}; each read by
 * {@link Barcode#parse} (its kind from its length, or named in front) with its check digit checked, and no barcode
 * on two products ({@link Barcode#key}: a UPC-A and its EAN-13 are one). A product may have none. The optional CSV
 * columns ({@code taxes}, {@code barcodes}, {@code image}) follow {@code price}, each once, in any order.
 *
 * <p>Pictures (V19): a CSV column or JSON field {@code image}, the name of a PNG, JPEG or GIF file in the data
 * folder's {@code images/} ({@code chai.png}, {@code drinks/lassi.jpg}); empty for none. Only its form is checked here
 * ({@link #problemInImage}): a file copied there later, or never, shows the plain tile.
 */
public final class CatalogImport {

    /** The longest product name or category: they are shown on a tile. */
    public static final int MAX_TEXT_LENGTH = 60;
    /** The most products a catalog may hold. */
    public static final int MAX_PRODUCTS = 2000;
    /**
     * The highest price, in minor units of the terminal's currency: 10<sup>10</sup>, ₹10 crore or $100 million. A
     * price above it is a mistake in the file; a hundred of the dearest product reach the cart's limit
     * ({@link app.tillpoint.api.sale.Cart#MAX_TOTAL_MINOR_UNITS}).
     */
    public static final long MAX_PRICE_MINOR_UNITS = 10_000_000_000L;

    private static final List<String> HEADER = List.of("name", "category", "price");
    private static final String BARCODES = "barcodes";
    /** The columns (and JSON fields) a product may have beside {@link #HEADER}. */
    private static final String IMAGE = "image";
    private static final List<String> OPTIONAL_COLUMNS = List.of(CatalogTaxes.COLUMN, BARCODES, IMAGE);
    /** The longest picture name, folders included. */
    public static final int MAX_IMAGE_NAME = 200;
    private static final List<String> IMAGE_ENDINGS = List.of(".png", ".jpg", ".jpeg", ".gif");
    /** The most barcodes one product may have. */
    public static final int MAX_BARCODES = 20;

    private final Currency currency;

    /** @param currency the terminal's currency, in which every price is read */
    public CatalogImport(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
    }

    /**
     * One product of the file, checked.
     *
     * @param line     the line of the file it starts on, for messages
     * @param taxes    the product's tax rates, in the file's order
     * @param barcodes its barcodes, checked; each on no other entry
     * @param image    its picture's name in the data folder's {@code images/}, checked; null for none
     */
    public record Entry(int line, String name, String category, Money price, List<TaxRate> taxes,
                        List<Barcode> barcodes, String image) {
        public Entry {
            taxes = List.copyOf(taxes);
            barcodes = List.copyOf(barcodes);
        }

        /** A product without a picture. */
        public Entry(int line, String name, String category, Money price, List<TaxRate> taxes,
                     List<Barcode> barcodes) {
            this(line, name, category, price, taxes, barcodes, null);
        }

        /** A product without tax rates or barcodes. */
        public Entry(int line, String name, String category, Money price) {
            this(line, name, category, price, List.of(), List.of());
        }

        /** This product with {@code rates}. */
        public Entry withTaxes(List<TaxRate> rates) {
            return new Entry(line, name, category, price, rates, barcodes, image);
        }

        /** This product with {@code codes}. */
        public Entry withBarcodes(List<Barcode> codes) {
            return new Entry(line, name, category, price, taxes, codes, image);
        }

        /** This product with the picture {@code file} (a name in {@code images/}), or none for null. */
        public Entry withImage(String file) {
            return new Entry(line, name, category, price, taxes, barcodes, file);
        }
    }

    /** The file has mistakes; {@link #problems()} names each as "line N: what is wrong". Nothing was stored. */
    public static final class InvalidCatalogException extends Exception {
        private final List<String> problems;

        public InvalidCatalogException(String file, List<String> problems) {
            super("The catalog " + file + " was not imported, nothing was changed:\n  "
                    + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /**
     * Reads {@code file} as CSV ({@code .csv}) or JSON ({@code .json}).
     *
     * @throws InvalidCatalogException naming every bad line, or an unknown extension or a file that is not UTF-8
     * @throws IOException             if the file cannot be read
     */
    public List<Entry> read(Path file) throws IOException, InvalidCatalogException {
        String name = String.valueOf(file.getFileName());
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".csv") && !lower.endsWith(".json")) {
            throw new InvalidCatalogException(name, List.of("the file must end in .csv or .json"));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidCatalogException(name, List.of("the file is not UTF-8 text; save it as UTF-8"));
        }
        return lower.endsWith(".csv") ? csv(text, name) : json(text, name);
    }

    /** The products of CSV text with the header {@code name,category,price}. */
    public List<Entry> csv(String text, String fileName) throws InvalidCatalogException {
        List<String> problems = new ArrayList<>();
        List<CsvRecord> records = CsvRecords.parse(stripBom(text), problems);
        if (!problems.isEmpty()) {
            throw new InvalidCatalogException(fileName, problems);
        }
        if (records.isEmpty()) {
            throw new InvalidCatalogException(fileName, List.of("line 1: the file is empty; it needs the header "
                    + "name,category,price and one product a line"));
        }
        CsvRecord header = records.get(0);
        List<String> columns = header.fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> optional = columns.subList(Math.min(columns.size(), HEADER.size()), columns.size());
        if (!columns.subList(0, Math.min(columns.size(), HEADER.size())).equals(HEADER)
                || !OPTIONAL_COLUMNS.containsAll(optional) || new HashSet<>(optional).size() != optional.size()) {
            throw new InvalidCatalogException(fileName, List.of("line " + header.line() + ": the header must be "
                    + "name,category,price, not " + String.join(",", header.fields())
                    + " (the columns taxes, barcodes and image may follow price)"));
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvRecord record : records.subList(1, records.size())) {
            if (record.fields().size() != columns.size()) {
                problems.add("line " + record.line() + ": has " + record.fields().size() + " fields, not "
                        + columns.size() + " (" + String.join(",", columns) + "); quote a name that holds a comma");
                continue;
            }
            int before = problems.size();
            int taxesAt = columns.indexOf(CatalogTaxes.COLUMN);
            int barcodesAt = columns.indexOf(BARCODES);
            int imageAt = columns.indexOf(IMAGE);
            String image = imageAt < 0 ? null : image(record.fields().get(imageAt), "line " + record.line(), problems);
            List<TaxRate> taxes = taxesAt < 0 ? List.of() : CatalogTaxes.csv(record.fields().get(taxesAt),
                    "line " + record.line(), problems);
            List<Barcode> barcodes = barcodesAt < 0 ? List.of() : barcodes(List.of(record.fields().get(barcodesAt)
                    .strip().split("\\s+")), "line " + record.line(), problems);
            Entry entry = entry(record.line(), record.fields().get(0), record.fields().get(1),
                    record.fields().get(2), problems);
            if (entry != null && taxes != null && problems.size() == before) {
                entries.add(entry.withTaxes(taxes).withBarcodes(barcodes).withImage(image));
            }
        }
        return checked(entries, problems, fileName);
    }

    /** The products of JSON text: a list of objects with {@code name}, {@code category} and {@code price}. */
    public List<Entry> json(String text, String fileName) throws InvalidCatalogException {
        ObjectMapper mapper = new ObjectMapper();
        List<String> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        try (JsonParser parser = mapper.createParser(stripBom(text))) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new InvalidCatalogException(fileName, List.of("line " + parser.currentTokenLocation().getLineNr()
                        + ": the file must be a list [{\"name\": ..., \"category\": ..., \"price\": \"20.00\"}, ...]"));
            }
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new InvalidCatalogException(fileName, List.of("line " + parser.currentLocation()
                            .getLineNr() + ": the list is not closed with ]"));
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = mapper.readTree(parser);
                String at = "line " + line + " (product " + (index + 1) + ")";
                index++;
                if (!node.isObject()) {
                    problems.add(at + ": must be an object {\"name\": ..., \"category\": ..., \"price\": \"20.00\"}");
                    continue;
                }
                for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                    String field = names.next();
                    if (!HEADER.contains(field) && !OPTIONAL_COLUMNS.contains(field)) {
                        problems.add(at + ": unknown field \"" + field + "\" (known fields: name, category, price, "
                                + "taxes, barcodes, image)");
                    }
                }
                int before = problems.size();
                List<Barcode> barcodes = jsonBarcodes(node.get(BARCODES), at, problems);
                String name = text(node, "name", at, problems);
                String category = text(node, "category", at, problems);
                JsonNode price = node.get("price");
                String priceText = null;
                if (price != null && price.isNumber()) {
                    problems.add(at + ": price must be written in quotes, such as \"20.00\", not the number " + price);
                } else {
                    priceText = text(node, "price", at, problems);
                }
                List<TaxRate> taxes = CatalogTaxes.json(node.get(CatalogTaxes.COLUMN), at, problems);
                String image = null;
                JsonNode imageNode = node.get(IMAGE);
                if (imageNode != null && !imageNode.isNull()) {
                    if (imageNode.isTextual()) {
                        image = image(imageNode.textValue(), at, problems);
                    } else {
                        problems.add(at + ": image must be a file name in quotes, such as \"chai.png\", not "
                                + imageNode);
                    }
                }
                if (name != null && category != null && priceText != null) {
                    Entry entry = entry(line, name, category, priceText, problems, at);
                    if (entry != null && taxes != null && problems.size() == before) {
                        entries.add(entry.withTaxes(taxes).withBarcodes(barcodes).withImage(image));
                    }
                }
            }
            if (parser.nextToken() != null) {
                problems.add("line " + parser.currentTokenLocation().getLineNr() + ": nothing may follow the list");
            }
        } catch (JsonProcessingException e) {
            throw new InvalidCatalogException(fileName, List.of("line " + e.getLocation().getLineNr()
                    + ": not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidCatalogException(fileName, List.of("cannot be read: " + e.getMessage()));
        }
        return checked(entries, problems, fileName);
    }

    /** The {@code barcodes} of a JSON product: absent, or a list of texts. */
    private static List<Barcode> jsonBarcodes(JsonNode value, String at, List<String> problems) {
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(at + ": barcodes must be a list of texts in quotes, such as [\"4006381333931\"], not "
                    + value);
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (JsonNode code : value) {
            if (!code.isTextual()) {
                problems.add(at + ": each barcode must be a text in quotes, such as \"4006381333931\", not " + code);
                return List.of();
            }
            written.add(code.textValue());
        }
        return barcodes(written, at, problems);
    }

    /** The product's barcodes, each checked; a bad one is a problem of the line {@code at}. */
    private static List<Barcode> barcodes(List<String> written, String at, List<String> problems) {
        List<Barcode> barcodes = new ArrayList<>();
        for (String code : written) {
            if (code.isBlank()) {
                continue;
            }
            try {
                Barcode barcode = Barcode.parse(code);
                if (barcodes.stream().anyMatch(b -> b.key().equals(barcode.key()))) {
                    problems.add(at + ": the barcode " + code.strip() + " is listed twice for this product");
                } else {
                    barcodes.add(barcode);
                }
            } catch (IllegalArgumentException e) {
                problems.add(at + ": barcode " + e.getMessage());
            }
        }
        if (barcodes.size() > MAX_BARCODES) {
            problems.add(at + ": " + barcodes.size() + " barcodes; at most " + MAX_BARCODES + " a product");
        }
        return barcodes;
    }

    /** A picture's name as written, stripped; null when empty, or when it is refused (a problem of {@code at}). */
    private static String image(String written, String at, List<String> problems) {
        String name = written.strip();
        if (name.isEmpty()) {
            return null;
        }
        Optional<String> problem = problemInImage(name);
        problem.ifPresent(why -> problems.add(at + ": image \"" + name + "\" " + why));
        return problem.isPresent() ? null : name;
    }

    /**
     * What is wrong with {@code name} as a picture's name in the data folder's {@code images/}: it must stay inside
     * that folder (no leading {@code /}, no {@code ..}, no drive or backslash), be at most {@value #MAX_IMAGE_NAME}
     * characters of no control character, and end in .png, .jpg, .jpeg or .gif.
     */
    static Optional<String> problemInImage(String name) {
        if (name.length() > MAX_IMAGE_NAME) {
            return Optional.of("is " + name.length() + " characters long; at most " + MAX_IMAGE_NAME);
        }
        if (name.startsWith("/") || name.contains("\\") || name.contains(":") || name.contains("..")) {
            return Optional.of("must be a file name inside the images folder, such as chai.png or drinks/lassi.jpg "
                    + "(no /, \\, : or .. to leave it)");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("holds a control character");
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (IMAGE_ENDINGS.stream().noneMatch(lower::endsWith)) {
            return Optional.of("must be a PNG, JPEG or GIF file (.png, .jpg, .jpeg or .gif)");
        }
        return Optional.empty();
    }

    private static String text(JsonNode node, String field, String at, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(at + ": " + field + " is missing");
            return null;
        }
        if (!value.isTextual()) {
            problems.add(at + ": " + field + " must be a text in quotes, not " + value);
            return null;
        }
        return value.textValue();
    }

    private Entry entry(int line, String name, String category, String price, List<String> problems) {
        return entry(line, name, category, price, problems, "line " + line);
    }

    private Entry entry(int line, String name, String category, String price, List<String> problems, String at) {
        int before = problems.size();
        String cleanName = name.strip();
        String cleanCategory = category.strip();
        checkText(cleanName, "name", at, problems);
        checkText(cleanCategory, "category", at, problems);
        Money money = null;
        try {
            money = Money.parse(price, currency);
        } catch (IllegalArgumentException e) {
            int digits = currency.getDefaultFractionDigits();
            problems.add(at + ": price \"" + price.strip() + "\" is not an amount of " + currency.getCurrencyCode()
                    + " (digits" + (digits == 0 ? " without decimals" : " with at most " + digits + " decimals")
                    + ", no sign, no currency symbol, such as 12.50)");
        }
        if (money != null && money.minorUnits() > MAX_PRICE_MINOR_UNITS) {
            problems.add(at + ": price \"" + price.strip() + "\" is more than the highest price, "
                    + Money.of(MAX_PRICE_MINOR_UNITS, currency).toPlainString());
        }
        return problems.size() > before ? null : new Entry(line, cleanName, cleanCategory, money);
    }

    private static void checkText(String text, String field, String at, List<String> problems) {
        if (text.isEmpty()) {
            problems.add(at + ": the " + field + " is empty");
        } else if (text.length() > MAX_TEXT_LENGTH) {
            problems.add(at + ": the " + field + " is " + text.length() + " characters long; at most "
                    + MAX_TEXT_LENGTH);
        } else {
            ShownText.problemInName(text).ifPresent(why -> problems.add(at + ": the " + field + " " + why));
        }
    }

    /** Refuses duplicates and empty or oversized catalogs, and every problem found so far. */
    private static List<Entry> checked(List<Entry> entries, List<String> problems, String fileName)
            throws InvalidCatalogException {
        Map<String, Integer> seen = new HashMap<>();
        for (Entry entry : entries) {
            String key = entry.category().toLowerCase(Locale.ROOT) + "\u0000" + entry.name().toLowerCase(Locale.ROOT);
            Integer first = seen.putIfAbsent(key, entry.line());
            if (first != null) {
                problems.add("line " + entry.line() + ": \"" + entry.name() + "\" in \"" + entry.category()
                        + "\" is listed twice (also line " + first + ")");
            }
        }
        Map<String, Entry> barcodeOwners = new LinkedHashMap<>();
        for (Entry entry : entries) {
            for (Barcode barcode : entry.barcodes()) {
                Entry owner = barcodeOwners.putIfAbsent(barcode.key(), entry);
                if (owner != null) {
                    problems.add("line " + entry.line() + ": the barcode " + barcode.code() + " of \"" + entry.name()
                            + "\" is already \"" + owner.name() + "\"'s (line " + owner.line() + ")");
                }
            }
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add("the file lists no products; an import replaces the whole catalog, so it needs at least one");
        }
        if (entries.size() > MAX_PRODUCTS) {
            problems.add("the file lists " + entries.size() + " products; at most " + MAX_PRODUCTS);
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(lineOf(a), lineOf(b)));
            throw new InvalidCatalogException(fileName, problems);
        }
        return List.copyOf(entries);
    }

    private static int lineOf(String problem) {
        if (!problem.startsWith("line ")) {
            return Integer.MAX_VALUE;
        }
        int end = 5;
        while (end < problem.length() && Character.isDigit(problem.charAt(end))) {
            end++;
        }
        return end == 5 ? Integer.MAX_VALUE : Integer.parseInt(problem.substring(5, end));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** One CSV record and the line it starts on. */
    record CsvRecord(int line, List<String> fields) {
    }

    /** A small RFC 4180 reader: commas, double quotes, doubled quotes inside quotes, line breaks inside quotes. */
    static final class CsvRecords {
        private CsvRecords() {
        }

        static List<CsvRecord> parse(String text, List<String> problems) {
            List<CsvRecord> records = new ArrayList<>();
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int line = 1;
            int recordLine = 1;
            boolean quoted = false;
            boolean wasQuoted = false;
            boolean any = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                    continue;
                }
                switch (c) {
                    case '"' -> {
                        if (field.toString().isBlank() && !wasQuoted) {
                            field.setLength(0);
                            quoted = true;
                            wasQuoted = true;
                            any = true;
                        } else {
                            problems.add("line " + line + ": a quote inside an unquoted field; quote the whole "
                                    + "field and double the quote (\"\")");
                            field.append(c);
                        }
                    }
                    case ',' -> {
                        fields.add(field.toString());
                        field.setLength(0);
                        wasQuoted = false;
                        any = true;
                    }
                    case '\r' -> {
                        // Windows line ends: the \n that follows ends the record.
                    }
                    case '\n' -> {
                        if (any || !field.toString().isBlank()) {
                            fields.add(field.toString());
                            records.add(new CsvRecord(recordLine, List.copyOf(fields)));
                        }
                        fields.clear();
                        field.setLength(0);
                        wasQuoted = false;
                        any = false;
                        line++;
                        recordLine = line;
                    }
                    default -> {
                        if (wasQuoted && !Character.isWhitespace(c)) {
                            problems.add("line " + line + ": text after a closing quote; double a quote inside a "
                                    + "quoted field (\"\")");
                        }
                        field.append(c);
                        any = any || !Character.isWhitespace(c);
                    }
                }
            }
            if (quoted) {
                problems.add("line " + recordLine + ": a quoted field is not closed");
            } else if (any || !field.toString().isBlank()) {
                fields.add(field.toString());
                records.add(new CsvRecord(recordLine, List.copyOf(fields)));
            }
            return records;
        }
    }
}
