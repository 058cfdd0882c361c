package app.tillpoint.kiosk.config;

import app.tillpoint.devices.DevicesConfig;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

import static app.tillpoint.kiosk.config.Problems.describe;

/** Reads the devices section into {@link DevicesConfig} and its records, then asks them what is wrong. */
final class DevicesReader {

    private final Problems problems;
    private final RecordReader records;

    DevicesReader(Problems problems) {
        this.problems = problems;
        this.records = new RecordReader(problems);
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
        DevicesConfig devices = records.read("devices", node, DevicesConfig.class);
        if (devices == null) {
            return null;
        }
        List<String> deviceProblems = devices.problems();
        problems.addAll(deviceProblems);
        return deviceProblems.isEmpty() ? devices : null;
    }
}
