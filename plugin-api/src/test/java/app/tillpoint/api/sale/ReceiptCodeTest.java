package app.tillpoint.api.sale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReceiptCodeTest {
    @Test
    void aCodeIsReadBackAsWritten() {
        ReceiptCode code = new ReceiptCode(42, ReceiptCode.tagOf("Demo terminal"));

        assertThat(code.text()).matches("TP42-[0-9A-F]{6}");
        assertThat(ReceiptCode.read(code.text())).contains(code);
        assertThat(ReceiptCode.read("  " + code.text().toLowerCase(java.util.Locale.ROOT) + "\n")).contains(code);
    }

    @Test
    void aTagIsTheTerminalsNameAndTellsTwoTillsApart() {
        assertThat(ReceiptCode.tagOf("Till 1")).isEqualTo(ReceiptCode.tagOf("Till 1")).hasSize(6)
                .isNotEqualTo(ReceiptCode.tagOf("Till 2"));
    }

    @Test
    void whatIsNotAReceiptsCodeIsNotRead() {
        assertThat(ReceiptCode.read("8901234567890")).isEmpty();
        assertThat(ReceiptCode.read("TP0-ABCDEF")).isEmpty();
        assertThat(ReceiptCode.read("TP12-ABCDE")).isEmpty();
        assertThat(ReceiptCode.read("TP12-ABCDEG")).isEmpty();
        assertThat(ReceiptCode.read("TP99999999999999999999-ABCDEF")).isEmpty();
        assertThat(ReceiptCode.read("")).isEmpty();
    }

    @Test
    void aCodeOutOfItsRangesIsRefused() {
        assertThatThrownBy(() -> new ReceiptCode(0, "ABCDEF")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReceiptCode(1, "abcdef")).isInstanceOf(IllegalArgumentException.class);
    }
}
