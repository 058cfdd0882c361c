package app.tillpoint.kiosk.config;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.firstLine;
import static app.tillpoint.kiosk.config.Problems.quote;

import app.tillpoint.devices.DevicesConfig;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;

import java.util.Collection;
import java.util.List;

/** Reads the devices section through Jackson, putting what it finds wrong in plain words. */
final class DevicesReader {

    private final Problems problems;
    private final ObjectMapper mapper;

    DevicesReader(Problems problems, ObjectMapper mapper) {
        this.problems = problems;
        this.mapper = mapper;
    }

    DevicesConfig devices(JsonNode root) {
        JsonNode node = JsonFields.optional(root, "devices");
        if (node == null) {
            return DevicesConfig.demo();
        }
        if (!node.isObject()) {
            problems.add("devices", "must be an object such as {\"badgeReader\": {...}, \"cashDrawer\": {...}}, not "
                    + describe(node));
            return null;
        }
        DevicesConfig devices;
        try {
            devices = mapper.treeToValue(node, DevicesConfig.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            mappingProblem("devices", node, e);
            return null;
        }
        List<String> deviceProblems = devices.problems();
        problems.addAll(deviceProblems);
        return deviceProblems.isEmpty() ? devices : null;
    }

    /** A problem Jackson found while binding {@code section}, named by its path and put in plain words. */
    private void mappingProblem(String base, JsonNode section, Exception e) {
        if (!(e instanceof JsonMappingException mapping)) {
            problems.add(base, firstLine(e.getMessage()));
            return;
        }
        StringBuilder path = new StringBuilder(base);
        JsonNode node = section;
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
                node = node == null ? null : node.get(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
                node = node == null ? null : node.get(reference.getIndex());
            }
        }
        String what;
        if (mapping instanceof UnrecognizedPropertyException unknown) {
            what = "unknown field " + quote(unknown.getPropertyName()) + " (known fields: "
                    + String.join(", ", unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .toList()) + ")";
        } else if (mapping instanceof ValueInstantiationException && mapping.getCause() != null) {
            what = firstLine(mapping.getCause().getMessage());
        } else if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null
                && node != null) {
            what = "must be " + expected(mismatch.getTargetType()) + ", not " + describe(node);
        } else {
            what = firstLine(mapping.getOriginalMessage());
        }
        problems.add(path.toString(), what);
    }

    private static String expected(Class<?> type) {
        if (type == String.class || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object { ... }";
    }
}
