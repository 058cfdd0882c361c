package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.quote;

/**
 * Reads the office section: where the terminal sends its facts. The password is never here: {@code credentials} names
 * the file that holds it.
 */
final class OfficeReader {

    private static final List<String> FIELDS = List.of("url", "credentials");
    private static final String EXAMPLE = "{\"url\": \"jdbc:postgresql://office.example:5432/office?sslmode=verify-full\","
            + " \"credentials\": \"/etc/tillpoint/office.credentials\"}";

    private final Problems problems;
    private final JsonFields fields;

    OfficeReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The office, empty when the section is absent; null when it is wrong (the problems say why). */
    @SuppressWarnings("NullableOptional") // null: the section is wrong, as the other readers answer
    Optional<TerminalConfig.Office> office(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "office");
        if (node == null) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            problems.add("office", "must be an object such as " + EXAMPLE + ", not " + describe(node));
            return null;
        }
        int before = problems.size();
        fields.rejectUnknownFields(node, "office", FIELDS);
        String url = fields.string(node, "office", "url", "\"jdbc:postgresql://office.example:5432/office"
                + "?sslmode=verify-full\"");
        String credentials = fields.string(node, "office", "credentials", "\"/etc/tillpoint/office.credentials\"");
        if (url != null && !url.startsWith("jdbc:postgresql://")) {
            problems.add("office.url", "must be a PostgreSQL JDBC URL such as jdbc:postgresql://office.example:5432/"
                    + "office?sslmode=verify-full, not " + quote(url));
        }
        if (url != null && url.contains("password=")) {
            problems.add("office.url", "must not hold the password: it belongs in the credentials file");
        }
        Path file = null;
        if (credentials != null) {
            try {
                file = Path.of(credentials);
                if (!file.isAbsolute()) {
                    problems.add("office.credentials", "must be an absolute path, not " + quote(credentials));
                }
            } catch (InvalidPathException e) {
                problems.add("office.credentials", "is not a path: " + quote(credentials));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return Optional.of(new TerminalConfig.Office(url, file));
    }
}
