package app.tillpoint.kiosk.config;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.catalog.ScaleBarcode.Content;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code scaleBarcodes} block of terminal.json: absent, the store weighs nothing; present, a rule a prefix with
 * its item digits, content and decimals, which plugins see; each wrong value refused by its path, the file unchanged.
 */
class ScaleBarcodesConfigTest {
    private static final String STORE = "[{\"prefix\": \"21\", \"itemDigits\": 5, \"content\": \"weight\"},"
            + " {\"prefix\": \"22\", \"itemDigits\": 5, \"content\": \"price\", \"decimals\": 2},"
            + " {\"prefix\": \"23\", \"itemDigits\": 4, \"content\": \"weight\", \"decimals\": 2},"
            + " {\"prefix\": \"24\", \"itemDigits\": 5, \"content\": \"price\", \"decimals\": 0}]";

    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheStoreWeighsNothing() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().writeTo(folder));

        assertThat(config.scaleBarcodes()).isEmpty();
        assertThat(new ConfiguredTerminal(config).scaleBarcodes()).isEmpty();
    }

    @Test
    void theBlockNamesEachPrefixAndPluginsSeeTheRules() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().setJson("scaleBarcodes", STORE).writeTo(folder));

        List<ScaleBarcode.Rule> rules = List.of(new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS, 1),
                new ScaleBarcode.Rule("22", 5, Content.PRICE_MINOR_UNITS, 1),
                new ScaleBarcode.Rule("23", 4, Content.WEIGHT_GRAMS, 10),
                new ScaleBarcode.Rule("24", 5, Content.PRICE_MINOR_UNITS, 100));
        assertThat(config.scaleBarcodes()).isEqualTo(rules);
        assertThat(new ConfiguredTerminal(config).scaleBarcodes()).isEqualTo(rules);
    }

    @Test
    void eachWrongValueIsRefusedByItsPathAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("scaleBarcodes", "21"))).containsExactly(
                "scaleBarcodes: must be a list such as [{\"prefix\": \"21\", \"itemDigits\": 5, \"content\":"
                        + " \"weight\", \"decimals\": 3}], not the string \"21\"");
        assertThat(problems(TestConfigFile.valid().setJson("scaleBarcodes", "[{\"prefix\": \"31\", \"itemDigits\": 5,"
                + " \"content\": \"volume\", \"decimals\": 4, \"unit\": 1}]"))).containsExactly(
                "scaleBarcodes[0].unit: unknown field (known fields: prefix, itemDigits, content, decimals)",
                "scaleBarcodes[0].prefix: must be 1 to 3 digits starting with 2 (GS1 keeps them for a store's own"
                        + " codes), not \"31\"",
                "scaleBarcodes[0].content: must be \"weight\" or \"price\", not the string \"volume\"",
                "scaleBarcodes[0].decimals: must be from 0 to 3, not 4");
        assertThat(problems(TestConfigFile.valid().setJson("scaleBarcodes", "[{\"prefix\": \"22\", \"itemDigits\": 5,"
                + " \"content\": \"price\", \"decimals\": 3}]"))).containsExactly(
                "scaleBarcodes[0].decimals: must be from 0 to 2, not 3");
        assertThat(problems(TestConfigFile.valid().setJson("scaleBarcodes", "[{\"prefix\": \"21\", \"itemDigits\": 9,"
                + " \"content\": \"weight\"}]"))).containsExactly(
                "scaleBarcodes[0]: Prefix 21 and 9 item digits leave 1 digits for the value; it needs at least 3");
        assertThat(problems(TestConfigFile.valid().setJson("scaleBarcodes", "[{\"prefix\": \"2\", \"itemDigits\": 5,"
                + " \"content\": \"weight\"}, {\"prefix\": \"21\", \"itemDigits\": 5, \"content\": \"price\"}]")))
                .containsExactly("scaleBarcodes[1].prefix: \"21\" and \"2\" start alike: a code would fit both");
    }

    @Test
    void aTerminalWrittenWithScaleBarcodesReadsBackTheSame() throws Exception {
        Path file = folder.resolve("scales.json");
        TerminalConfig written = loader.load(file, TerminalConfig.demo().withScaleBarcodes(List.of(
                new ScaleBarcode.Rule("21", 5, Content.WEIGHT_GRAMS, 10),
                new ScaleBarcode.Rule("22", 5, Content.PRICE_MINOR_UNITS, 1))));

        assertThat(Files.readString(file)).contains("\"scaleBarcodes\"", "\"decimals\" : 2");
        assertThat(loader.load(file)).isEqualTo(written);
    }

    private List<String> problems(TestConfigFile config) throws Exception {
        Path file = config.writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        return e.problems();
    }
}
