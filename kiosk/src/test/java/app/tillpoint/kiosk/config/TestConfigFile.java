package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds a terminal.json for a test: a valid terminal, changed field by field, written into a temp folder. */
final class TestConfigFile {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode json;

    private TestConfigFile(ObjectNode json) {
        this.json = json;
    }

    /** A valid INR terminal with every section written out. */
    static TestConfigFile valid() {
        ObjectNode json = MAPPER.createObjectNode()
                .put("id", "T01")
                .put("name", "CHN LS Terminal 01")
                .put("currency", "INR")
                .put("locale", "en-IN")
                .put("zone", "Asia/Kolkata");
        json.putObject("devices").<ObjectNode>set("badgeReader", MAPPER.createObjectNode().put("type", "simulated"))
                .set("cashDrawer", MAPPER.createObjectNode().put("type", "simulated"));
        json.putObject("policy")
                .put("headCashierNeedsPin", true)
                .put("maxWrongPins", 5)
                .put("lockoutSeconds", 60)
                .put("allowedClosingDifference", "0.00")
                .put("blindClose", false);
        return new TestConfigFile(json);
    }

    /** Sets the field at a dotted path ("policy.maxWrongPins") to a string, number, boolean, JSON or null. */
    TestConfigFile set(String path, Object value) {
        ObjectNode parent = parentOf(path);
        String name = path.substring(path.lastIndexOf('.') + 1);
        if (value == null) {
            parent.putNull(name);
        } else if (value instanceof String s) {
            parent.put(name, s);
        } else if (value instanceof Integer i) {
            parent.put(name, i);
        } else if (value instanceof Long l) {
            parent.put(name, l);
        } else if (value instanceof BigDecimal d) {
            parent.put(name, d);
        } else if (value instanceof Boolean b) {
            parent.put(name, b);
        } else if (value instanceof JsonNode node) {
            parent.set(name, node);
        } else {
            throw new IllegalArgumentException("Cannot write " + value.getClass());
        }
        return this;
    }

    /** Sets a field to the JSON of {@code text}, e.g. a list of denominations. */
    TestConfigFile setJson(String path, String text) {
        try {
            return set(path, MAPPER.readTree(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TestConfigFile remove(String path) {
        parentOf(path).remove(path.substring(path.lastIndexOf('.') + 1));
        return this;
    }

    /** Writes {@code terminal.json} into {@code folder}. */
    Path writeTo(Path folder) {
        try {
            return Files.writeString(folder.resolve("terminal.json"),
                    MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a file from this package's test resources into {@code folder} as {@code terminal.json}. */
    static Path fromResource(String name, Path folder) {
        try (InputStream in = TestConfigFile.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            Path file = folder.resolve("terminal.json");
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code text} as it is into {@code folder} as {@code terminal.json}. */
    static Path withText(String text, Path folder) {
        try {
            return Files.writeString(folder.resolve("terminal.json"), text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode parentOf(String path) {
        ObjectNode node = json;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }
}
