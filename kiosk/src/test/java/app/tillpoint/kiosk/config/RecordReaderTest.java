package app.tillpoint.kiosk.config;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RecordReaderTest {
    record Port(String name, int speed, Boolean flow) {
        Port {
            if (name != null && name.isBlank()) {
                throw new IllegalArgumentException("name is blank\nsecond line");
            }
        }
    }

    record Device(String type, Port port) {
    }

    private final Problems problems = new Problems();
    private final RecordReader reader = new RecordReader(problems);

    private static JsonNode json(String text) throws Exception {
        return JsonTree.read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNestedRecordsByTheirComponentNames() throws Exception {
        Device device = reader.read("devices.x", json("{\"type\": \"serial\", \"port\": {\"name\": \"COM1\","
                + " \"speed\": 9600, \"flow\": true}}"), Device.class);

        assertThat(device).isEqualTo(new Device("serial", new Port("COM1", 9600, true)));
        assertThat(problems.list()).isEmpty();
    }

    @Test
    void aMissingPrimitiveIsMissingAndAMissingObjectIsNull() throws Exception {
        assertThat(reader.read("d", json("{\"type\": \"serial\"}"), Device.class))
                .isEqualTo(new Device("serial", null));
        assertThat(reader.read("d", json("{\"port\": {\"name\": \"COM1\", \"speed\": null}}"), Device.class)).isNull();
        assertThat(problems.list()).containsExactly("d.port.speed: missing");
    }

    @Test
    void theRecordsOwnRefusalIsItsFirstLine() throws Exception {
        assertThat(reader.read("d.port", json("{\"name\": \" \", \"speed\": 1}"), Port.class)).isNull();
        assertThat(problems.list()).containsExactly("d.port: name is blank");
    }

    @Test
    void unknownFieldsListTheKnownOnesOrNameTheOneMeant() throws Exception {
        assertThat(reader.read("d", json("{\"type\": \"serial\", \"colour\": \"red\", \"Port\": {}}"), Device.class))
                .isNull();
        assertThat(problems.list()).containsExactly("d.colour: unknown field (known fields: type, port)",
                "d.Port: unknown field; did you mean \"port\"?");
    }
}
