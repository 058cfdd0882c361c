package app.tillpoint.kiosk.config;

import app.tillpoint.api.sale.PaymentMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The {@code payments} block of terminal.json: absent, cash alone; present, cash and then the card terminal, UPI to the
 * terminal's VPA and other methods by name, as plugins see them; each wrong entry refused by its JSON path, the file
 * left as it was.
 */
class PaymentsConfigTest {
    @TempDir
    Path folder;

    private final ConfigLoader loader = new ConfigLoader();

    @Test
    void withoutTheBlockTheTerminalTakesCashAlone() throws Exception {
        TerminalConfig config = loader.load(TestConfigFile.valid().writeTo(folder));

        assertThat(config.payments()).containsExactly(PaymentMethod.CASH);
        assertThat(new ConfiguredTerminal(config).paymentMethods()).containsExactly(PaymentMethod.CASH);
    }

    @Test
    void theBlockListsTheMethodsAfterCashAndPluginsSeeThem() throws Exception {
        Path file = TestConfigFile.valid().setJson("payments", "[{\"name\": \"Card\", \"kind\": \"card\"}, "
                + "{\"name\": \"UPI\", \"kind\": \"upi\", \"vpa\": \"tillpoint.demo@okaxis\", \"payee\": \"Demo Store\"},"
                + " {\"name\": \"Voucher\", \"kind\": \"other\"}]").writeTo(folder);

        List<PaymentMethod> expected = List.of(PaymentMethod.CASH, PaymentMethod.of("Card", PaymentMethod.Kind.CARD),
                PaymentMethod.upi("UPI", "tillpoint.demo@okaxis", "Demo Store"),
                PaymentMethod.of("Voucher", PaymentMethod.Kind.OTHER));
        assertThat(loader.load(file).payments()).isEqualTo(expected);
        assertThat(new ConfiguredTerminal(loader.load(file)).paymentMethods()).isEqualTo(expected);
    }

    @Test
    void eachWrongEntryIsRefusedByItsPathAndTheFileIsLeftAsItWas() throws Exception {
        assertThat(problems(TestConfigFile.valid().set("payments", "card"))).singleElement().asString()
                .startsWith("payments: must be a list such as");
        assertThat(problems(TestConfigFile.valid().setJson("payments", "[{\"name\": \"Card\", \"kind\": \"cheque\"}, "
                + "{\"name\": \"Cash\", \"kind\": \"cash\"}, 7]"))).containsExactly(
                "payments[0].kind: must be \"card\", \"upi\" or \"other\" (cash is always taken), not \"cheque\"",
                "payments[1].kind: must be \"card\", \"upi\" or \"other\" (cash is always taken), not \"cash\"",
                "payments[2]: must be an object such as {\"name\": \"Card\", \"kind\": \"card\"}, not the number 7");
        assertThat(problems(TestConfigFile.valid().setJson("payments", "[{\"name\": \"UPI\", \"kind\": \"upi\", "
                + "\"vpa\": \"not a vpa\", \"payee\": \"Shop\"}, {\"name\": \"UPI 2\", \"kind\": \"upi\", "
                + "\"payee\": \"Shop\"}, {\"name\": \"Card\", \"kind\": \"card\", \"vpa\": \"shop@okaxis\"}]")))
                .containsExactly(
                        "payments[0].vpa: must be the terminal's UPI VPA such as \"shop@okaxis\", not \"not a vpa\"",
                        "payments[1].vpa: missing; write it as a string such as \"shop@okaxis\"",
                        "payments[2].vpa: is for a \"upi\" method only");
        assertThat(problems(TestConfigFile.valid().setJson("payments", "[{\"name\": \"Card\", \"kind\": \"card\"}, "
                + "{\"name\": \"card\", \"kind\": \"other\"}, {\"name\": \"cash\", \"kind\": \"other\"}, "
                + "{\"name\": \"Card\", \"kind\": \"card\", \"fee\": 2}]"))).containsExactly(
                "payments[1].name: \"card\" is taken already (by payments[0])",
                "payments[2].name: \"cash\" is taken already (by cash, which is always taken)",
                "payments[3].fee: unknown field (known fields: name, kind, vpa, payee)");
        assertThat(problems(TestConfigFile.valid().setJson("payments", "[{\"name\": \"   \", \"kind\": \"card\"}, "
                + "{\"kind\": \"other\"}]"))).containsExactly(
                "payments[0].name: A payment method's name is 1 to 24 characters without spaces around it, not \"   \"",
                "payments[1].name: missing; write it as a string such as \"Card\"");
    }

    @Test
    void aTerminalWrittenWithMethodsReadsBackTheSame() throws Exception {
        Path file = folder.resolve("payments.json");
        TerminalConfig written = loader.load(file, TerminalConfig.demo().withPayments(List.of(
                PaymentMethod.of("Card", PaymentMethod.Kind.CARD), PaymentMethod.upi("UPI", "shop@okaxis", "Shop"))));

        assertThat(Files.readString(file)).contains("\"vpa\" : \"shop@okaxis\"");
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
