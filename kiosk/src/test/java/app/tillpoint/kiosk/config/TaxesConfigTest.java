package app.tillpoint.kiosk.config;

import app.tillpoint.api.sale.TaxRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code taxes} block of terminal.json: absent, prices include their taxes, rounded per line; present, the prices
 * and the rounding it names; each wrong value refused by its path, the file left as it was.
 */
class TaxesConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockPricesIncludeTheirTaxesRoundedPerLine() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().writeTo(folder));

        assertThat(config.taxes()).isEqualTo(TaxRule.DEFAULT)
                .isEqualTo(new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_LINE));
        assertThat(new ConfiguredTerminal(config).taxRule()).isEqualTo(TaxRule.DEFAULT);
    }

    @Test
    void theBlockSetsThePricesAndTheRoundingAndPluginsSeeThem() throws Exception {
        Path file = TestConfigFile.valid().set("taxes.prices", "excluded").set("taxes.rounding", "perOrder")
                .writeTo(folder);

        TerminalConfig config = loader.load(file);

        TaxRule excludedPerOrder = new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_ORDER);
        assertThat(config.taxes()).isEqualTo(excludedPerOrder);
        assertThat(new ConfiguredTerminal(config).taxRule()).isEqualTo(excludedPerOrder);
        Path roundingOnly = TestConfigFile.valid().set("taxes.rounding", "perOrder").writeTo(folder);
        assertThat(loader.load(roundingOnly).taxes())
                .isEqualTo(new TaxRule(TaxRule.Prices.INCLUDED, TaxRule.Rounding.PER_ORDER));
    }

    @Test
    void eachWrongValueIsRefusedByItsPathAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("taxes", "included"))).containsExactly(
                "taxes: must be an object such as {\"prices\": \"included\", \"rounding\": \"perLine\"}, not the"
                        + " string \"included\"");
        assertThat(problems(TestConfigFile.valid().set("taxes.prices", "gross").set("taxes.rounding", 2)
                .set("taxes.round", "perLine"))).containsExactly(
                "taxes.round: unknown field (known fields: prices, rounding)",
                "taxes.prices: must be \"included\" or \"excluded\", not the string \"gross\"",
                "taxes.rounding: must be \"perLine\" or \"perOrder\", not the number 2");
    }

    @Test
    void aTerminalWrittenWithTaxesReadsBackTheSame() throws Exception {
        Path file = folder.resolve("taxes.json");
        TerminalConfig written = loader.load(file, TerminalConfig.demo()
                .withTaxes(new TaxRule(TaxRule.Prices.EXCLUDED, TaxRule.Rounding.PER_LINE)));

        assertThat(Files.readString(file)).contains("\"prices\" : \"excluded\"", "\"rounding\" : \"perLine\"");
        assertThat(loader.load(file)).isEqualTo(written);
        Path demo = folder.resolve("demo.json");
        loader.load(demo);
        assertThat(Files.readString(demo)).doesNotContain("\"taxes\"");
    }

    private List<String> problems(TestConfigFile config) throws Exception {
        Path file = config.writeTo(folder);
        byte[] before = Files.readAllBytes(file);
        ConfigException e = assertThrows(ConfigException.class, () -> loader.load(file));
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        return e.problems();
    }
}
