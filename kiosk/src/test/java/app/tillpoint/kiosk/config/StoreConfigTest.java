package app.tillpoint.kiosk.config;

import app.tillpoint.api.terminal.StoreDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code store} block of terminal.json, what the receipts print at their top: absent, the terminal's name alone;
 * present, the shop's name, address and tax id; each wrong value refused by its path, the file left as it was.
 */
class StoreConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheReceiptsNameTheTerminal() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().writeTo(folder));

        assertThat(config.store()).isEqualTo(new StoreDetails(config.name(), List.of(), ""));
        assertThat(new ConfiguredTerminal(config).store()).isEqualTo(config.store());
    }

    @Test
    void theBlockNamesTheShopItsAddressAndTaxIdAndIsWrittenBack() throws Exception {
        Path file = TestConfigFile.valid().set("store.name", "Tillpoint Stores")
                .setJson("store.address", "[\"12 Usman Road, T. Nagar\", \"Chennai 600017\"]")
                .set("store.taxId", "GSTIN 33AAACT1234F1Z5").writeTo(folder);

        TerminalConfig config = loader.load(file);

        assertThat(config.store()).isEqualTo(new StoreDetails("Tillpoint Stores",
                List.of("12 Usman Road, T. Nagar", "Chennai 600017"), "GSTIN 33AAACT1234F1Z5"));
        Path copy = folder.resolve("copy.json");
        assertThat(loader.load(copy, config)).isEqualTo(config);
        assertThat(loader.load(copy)).isEqualTo(config);
    }

    @Test
    void eachWrongValueIsRefusedByItsPathAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("store", "Tillpoint"))).singleElement()
                .asString().startsWith("store: must be an object such as {\"name\": \"Tillpoint Stores\"");
        assertThat(problems(TestConfigFile.valid().set("store.taxId", "GSTIN 1").set("store.phone", "044")))
                .containsExactly("store.phone: unknown field (known fields: name, address, taxId)",
                        "store.name: missing; write it as a string such as \"Tillpoint Stores\"");
        assertThat(problems(TestConfigFile.valid().set("store.name", "x".repeat(49))))
                .containsExactly("store.name: must be at most 48 characters (a line of 80 mm paper), not 49");
        assertThat(problems(TestConfigFile.valid().set("store.name", "Tillpoint <img src=x>")))
                .containsExactly("store.name: holds markup (\"<img\")");
        assertThat(problems(TestConfigFile.valid().set("store.name", "Tillpoint")
                .setJson("store.address", "[\"12 Usman Road\", \" \", 7]"))).containsExactly(
                "store.address[1]: must not be blank", "store.address[2]: must be a string, not the number 7");
        assertThat(problems(TestConfigFile.valid().set("store.name", "Tillpoint")
                .setJson("store.address", "[\"1\", \"2\", \"3\", \"4\", \"5\"]"))).singleElement().asString()
                .startsWith("store.address: must be a list of at most 4 lines");
    }

    private List<String> problems(TestConfigFile config) throws Exception {
        Path file = config.writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        return e.problems();
    }
}
