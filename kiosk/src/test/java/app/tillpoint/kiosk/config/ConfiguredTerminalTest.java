package app.tillpoint.kiosk.config;

import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.terminal.TerminalInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConfiguredTerminalTest {

    private static final Currency INR = Currency.getInstance("INR");

    @Test
    void showsTheDemoTerminalToPlugins() {
        ConfiguredTerminal terminal = new ConfiguredTerminal(TerminalConfig.demo());
        TerminalInfo info = terminal;

        assertThat(terminal.id()).isEqualTo("T01");
        assertThat(info.name()).isEqualTo("CHN LS Terminal 01");
        assertThat(info.currency()).isEqualTo(INR);
        assertThat(info.locale()).isEqualTo(Locale.forLanguageTag("en-IN"));
        assertThat(info.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThat(info.denominations()).isEqualTo(BuiltInDenominations.of(INR));
        assertThat(info.format(Money.ofMajor(1340, INR))).isEqualTo("₹1,340.00");
        assertThat(info.zero()).isEqualTo(Money.zero(INR));
        assertThat(terminal.configPolicy().maxWrongPins()).isEqualTo(5);
    }

    @Test
    void countsOverItsDenominations(@TempDir Path folder) throws Exception {
        TerminalConfig config = new ConfigLoader().load(
                TestConfigFile.fromResource("custom-denominations.json", folder));
        TerminalInfo info = new ConfiguredTerminal(config);

        CashCount count = info.emptyCount();

        assertThat(count.denominations()).isEqualTo(config.denominations());
        assertThat(info.denominations()).hasSize(5);
        assertThat(info.name()).isEqualTo("BLR Kiosk 07");
    }

    @Test
    void formatsEurosInTheTerminalsLocale() {
        Currency eur = Currency.getInstance("EUR");
        TerminalConfig base = TerminalConfig.demo();
        TerminalConfig berlin = new TerminalConfig("B1", "Berlin 1", eur, Locale.GERMANY, ZoneId.of("Europe/Berlin"),
                java.util.List.of(), base.devices(), TerminalConfig.Policy.defaults(eur));

        TerminalInfo info = new ConfiguredTerminal(berlin);

        // The JDK puts a no-break space (U+00A0) before the euro sign.
        assertThat(info.format(Money.ofMajor(1340, eur))).isEqualTo("1.340,00\u00a0€");
        assertThat(info.denominations()).hasSize(15);
    }
}
