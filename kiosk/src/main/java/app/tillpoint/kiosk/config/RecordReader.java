package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

import static app.tillpoint.kiosk.config.Problems.describe;
import static app.tillpoint.kiosk.config.Problems.firstLine;
import static app.tillpoint.kiosk.config.Problems.join;

/**
 * Reads a JSON object into a record, field by field: each field is named as a record component; an absent field or
 * {@code null} passes {@code null}, which the record turns into its default. Components may be {@code String},
 * {@code Integer}, {@code Boolean} or another record. Whatever does not fit is a problem at its path ("must be a
 * whole number, not the string \"9600\"", "unknown field (known fields: …)"); nothing is coerced.
 *
 * <p>This is the part of Jackson's data binding the devices section used, without the cost of an
 * {@code ObjectMapper} at start-up.
 */
final class RecordReader {
    private final Problems problems;
    private final JsonFields fields;

    RecordReader(Problems problems) {
        this.problems = problems;
        this.fields = new JsonFields(problems);
    }

    /** The record that {@code node} describes, or null once the problems are added. */
    <T extends Record> T read(String path, JsonNode node, Class<T> type) {
        if (!node.isObject()) {
            problems.add(path, "must be an object { ... }, not " + describe(node));
            return null;
        }
        RecordComponent[] components = type.getRecordComponents();
        int before = problems.size();
        fields.rejectUnknownFields(node, path, Arrays.stream(components).map(RecordComponent::getName).toList());
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonNode value = node.get(component.getName());
            String at = join(path, component.getName());
            if (value == null || value.isNull()) {
                if (types[i].isPrimitive()) {
                    problems.add(at, "missing");
                }
            } else {
                values[i] = value(at, value, types[i]);
            }
        }
        if (problems.size() > before) {
            return null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (InvocationTargetException e) {
            problems.add(path, firstLine(e.getCause().getMessage()));
            return null;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot make a " + type.getName() + " from " + path, e);
        }
    }

    private Object value(String path, JsonNode node, Class<?> type) {
        if (type == String.class) {
            return node.isTextual() ? node.textValue() : wrong(path, "a string", node);
        }
        if (type == Integer.class || type == int.class) {
            return node.isIntegralNumber() && node.canConvertToInt() ? node.intValue()
                    : wrong(path, "a whole number", node);
        }
        if (type == Boolean.class || type == boolean.class) {
            return node.isBoolean() ? node.booleanValue() : wrong(path, "true or false", node);
        }
        if (type.isRecord()) {
            return read(path, node, type.asSubclass(Record.class));
        }
        throw new IllegalArgumentException("A configuration record cannot hold a " + type.getName() + " (" + path + ")");
    }

    private Object wrong(String path, String expected, JsonNode node) {
        problems.add(path, "must be " + expected + ", not " + describe(node));
        return null;
    }
}
