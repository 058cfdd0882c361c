package app.tillpoint.devices;

import app.tillpoint.api.sale.ReceiptCode;
import com.google.zxing.EncodeHintType;
import com.google.zxing.oned.Code128Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The receipt's Code 128: its code sets, its modules counted against ZXing's, and what fits 58 and 80 mm paper. */
class Code128Test {
    private static final int PAPER_58 = 384;
    private static final int PAPER_80 = 576;

    @Test
    void aRunOfDigitsGoesInCodeSetCTwoDigitsASymbol() {
        Code128 code = Code128.of("TP123456-ABCDEF");

        assertThat(code.runs()).containsExactly(new Code128.Run('B', "TP"), new Code128.Run('C', "123456"),
                new Code128.Run('B', "-ABCDEF"));
        // Start, T, P, Code C, 12, 34, 56, Code B, seven characters, check: 16 symbols of 11, the stop's 13.
        assertThat(code.symbols()).isEqualTo(16);
        assertThat(code.modules()).isEqualTo(189);
        assertThat(code.escPos()).isEqualTo("{BTP{C" + (char) 12 + (char) 34 + (char) 56 + "{B-ABCDEF");
        assertThat(code.parsed()).isEqualTo("{BTP{C123456{B-ABCDEF");
    }

    @Test
    void anOddRunKeepsOneDigitInSetBAndShortRunsStayThere() {
        assertThat(Code128.of("TP123456789-ABCDEF").runs()).containsExactly(new Code128.Run('B', "TP1"),
                new Code128.Run('C', "23456789"), new Code128.Run('B', "-ABCDEF"));
        // Four digits inside the data cost as much in C (switch, two pairs, switch back) as in B: B it stays.
        assertThat(Code128.of("TP1234-ABCDEF").runs()).containsExactly(new Code128.Run('B', "TP1234-ABCDEF"));
        assertThat(Code128.of("TP1-ABCDEF").runs()).containsExactly(new Code128.Run('B', "TP1-ABCDEF"));
    }

    @Test
    void digitsFirstStartInSetCAndABraceIsWrittenTwice() {
        Code128 digits = Code128.of("12345678");
        assertThat(digits.runs()).containsExactly(new Code128.Run('C', "12345678"));
        assertThat(digits.modules()).isEqualTo(11 * 6 + 13);

        Code128 brace = Code128.of("A{B");
        assertThat(brace.escPos()).isEqualTo("{BA{{B");
        assertThat(brace.parsed()).isEqualTo("{BA{{B");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TP1-ABCDEF", "TP42-7F3A0C", "TP123456-ABCDEF", "TP1234567-ABCDEF", "TP123456789-ABCDEF",
        "TP99-123456", "TP12-000001", "12345", "1234", "A1234B", "0", "A{B", "a b~c", "TP999999999999999999-FFFFFF"})
    void itsModulesAreAsFewAsZxingsMinimalEncoderMakes(String data) {
        boolean[] zxing = new Code128Writer().encode(data, Map.of(EncodeHintType.CODE128_COMPACT, true));

        assertThat(Code128.of(data).modules()).isEqualTo(zxing.length);
    }

    @ParameterizedTest(name = "{0}-digit order on {1} dots: {2}")
    @CsvSource({
        // 145 modules: three dots would be 435, wider than 58 mm's 384; two are 290.
        "1, 384, 2",
        // 189 modules (set B alone would take 200, 400 dots): 378 dots, the quiet zones in the paper's edge.
        "6, 384, 2",
        // 211 modules: 422 dots even at two; the text alone.
        "9, 384, 0",
        "1, 576, 3",
        // 567 dots at three, but then 30-dot quiet zones want 627 of the 624 the paper has.
        "6, 576, 2",
        "9, 576, 2"})
    void theModuleIsTheWidestThatFitsThePaper(int digits, int printableDots, int module) {
        Code128 code = Code128.of(new ReceiptCode(orderOf(digits), "ABCDEF").text());

        OptionalInt fitted = code.moduleDots(printableDots);

        assertThat(fitted).isEqualTo(module == 0 ? OptionalInt.empty() : OptionalInt.of(module));
        fitted.ifPresent(m -> {
            assertThat(code.modules() * m).isLessThanOrEqualTo(printableDots);
            assertThat((code.modules() + 2 * Code128.QUIET_ZONE_MODULES) * m)
                    .isLessThanOrEqualTo(printableDots + 2 * Code128.PAPER_EDGE_DOTS);
        });
    }

    @Test
    void fiftyEightMillimetresTakeEveryOrderUpToSixDigitsAndEightyAnyOrder() {
        assertThat(Code128.of("TP999999-ABCDEF").moduleDots(PAPER_58)).hasValue(2);
        assertThat(Code128.of("TP1000000-ABCDEF").moduleDots(PAPER_58)).isEmpty();
        assertThat(Code128.of("TP999999999999999999-FFFFFF").moduleDots(PAPER_80)).hasValue(2);
    }

    @Test
    void onlyPrintableAsciiIsACode() {
        assertThatThrownBy(() -> Code128.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code128.of("₹10")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Code128.of("A\u001bB")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The smallest order of {@code digits} digits: 1, 100000, 100000000. */
    static long orderOf(int digits) {
        return Long.parseLong("1" + "0".repeat(digits - 1));
    }
}
