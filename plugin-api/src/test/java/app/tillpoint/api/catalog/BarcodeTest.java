package app.tillpoint.api.catalog;

import app.tillpoint.api.catalog.Barcode.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarcodeTest {

    /** Codes printed on real packs (and the GS1 and Wikipedia examples), each with its right check digit. */
    @ParameterizedTest
    @CsvSource({
        "4006381333931, EAN_13", // a Stabilo pen
        "5901234123457, EAN_13", // GS1's example
        "9780306406157, EAN_13", // a book's ISBN-13
        "8901030704161, EAN_13", // an Indian pack (prefix 890)
        "96385074, EAN_8",
        "73513537, EAN_8",
        "036000291452, UPC_A", // Wrigley's
        "042100005264, UPC_A",
    })
    void realCodesAreReadAsTheirKind(String code, Kind kind) {
        Barcode barcode = Barcode.parse(code);

        assertThat(barcode.kind()).isEqualTo(kind);
        assertThat(barcode.code()).isEqualTo(code);
    }

    @Test
    void aWrongCheckDigitIsNamedWithTheRightOne() {
        assertThatThrownBy(() -> Barcode.parse("4006381333932"))
                .hasMessage("EAN-13 4006381333932: the check digit is 2, it should be 1");
        assertThatThrownBy(() -> Barcode.parse("036000291453"))
                .hasMessage("UPC-A 036000291453: the check digit is 3, it should be 2");
        assertThatThrownBy(() -> new Barcode(Kind.EAN_8, "96385075"))
                .hasMessage("EAN-8 96385075: the check digit is 5, it should be 4");
        assertThatThrownBy(() -> new Barcode(Kind.UPC_E, "01234566"))
                .hasMessage("UPC-E 01234566: the check digit is 6, it should be 5");
    }

    @Test
    void wrongLengthsAreRefusedForTheKindNamed() {
        assertThatThrownBy(() -> Barcode.parse("ean13:400638133393"))
                .hasMessage("EAN-13 400638133393: 12 digits, not 13");
        assertThatThrownBy(() -> Barcode.parse("upca:0036000291452"))
                .hasMessage("UPC-A 0036000291452: 13 digits, not 12");
        assertThatThrownBy(() -> Barcode.parse("ean8:9638507"))
                .hasMessage("EAN-8 9638507: 7 digits, not 8");
    }

    @Test
    void lettersInANumericCodeAreRefused() {
        assertThatThrownBy(() -> Barcode.parse("ean13:40063813339A1"))
                .hasMessage("EAN-13 \"40063813339A1\": only digits, no letter or sign");
        assertThatThrownBy(() -> new Barcode(Kind.UPC_A, "03600029145O"))
                .hasMessage("UPC-A \"03600029145O\": only digits, no letter or sign");
    }

    @Test
    void aUpcEStandsForItsUpcA() {
        // Each rule of the expansion, by the UPC-E's last data digit.
        assertThat(Barcode.upcEToUpcA("04252614")).isEqualTo("042100005264"); // 0-2: manufacturer ends in it
        assertThat(Barcode.upcEToUpcA("01234565")).isEqualTo("012345000065"); // 5-9: the item's last digit
        assertThat(Barcode.upcEToUpcA("01234531")).isEqualTo("012300000451"); // 3
        assertThat(Barcode.upcEToUpcA("01234543")).isEqualTo("012340000053"); // 4

        Barcode upcE = Barcode.parse("upce:04252614");
        assertThat(upcE.kind()).isEqualTo(Kind.UPC_E);
        assertThat(upcE.key()).isEqualTo(Barcode.parse("042100005264").key());
        assertThat(Barcode.keysOf("04252614")).contains("00042100005264");
    }

    @Test
    void aUpcEStartsWithItsNumberSystem() {
        assertThatThrownBy(() -> new Barcode(Kind.UPC_E, "21234565"))
                .hasMessage("UPC-E 21234565: it starts with its number system, 0 or 1, not 2");
    }

    @Test
    void eightDigitsAreAnEan8UnlessOnlyAUpcECheckDigitHolds() {
        assertThat(Barcode.parse("96385074").kind()).isEqualTo(Kind.EAN_8);
        // 04252614 fails EAN-8's check (it would end in 0) but holds as a UPC-E.
        assertThat(Barcode.parse("04252614").kind()).isEqualTo(Kind.UPC_E);
        // 01234565 holds as both: bare, it is an EAN-8; the file says upce: for the other.
        assertThat(Barcode.parse("01234565").kind()).isEqualTo(Kind.EAN_8);
        assertThat(Barcode.parse("upce:01234565").kind()).isEqualTo(Kind.UPC_E);
        assertThat(Barcode.keysOf("01234565")).containsExactly("00000001234565", "00012345000065", "01234565");
    }

    @Test
    void aUpcAAndItsEan13AreOneBarcode() {
        assertThat(Barcode.parse("036000291452").key()).isEqualTo(Barcode.parse("0036000291452").key())
                .isEqualTo("00036000291452");
        assertThat(Barcode.keysOf("0036000291452")).containsExactly("00036000291452", "0036000291452");
        assertThat(Barcode.keysOf("036000291452")).first().isEqualTo("00036000291452");
    }

    @Test
    void otherCodesAreCode128() {
        Barcode internal = Barcode.parse("TP-000123");

        assertThat(internal.kind()).isEqualTo(Kind.CODE_128);
        assertThat(internal.key()).isEqualTo("TP-000123");
        assertThat(Barcode.parse("12345").kind()).isEqualTo(Kind.CODE_128);
        assertThat(Barcode.parse("code128:4006381333932").kind()).isEqualTo(Kind.CODE_128);
        assertThat(Barcode.keysOf("TP-000123")).containsExactly("TP-000123");
    }

    @Test
    void aCode128HoldsPrintableAsciiOnly() {
        assertThatThrownBy(() -> new Barcode(Kind.CODE_128, "TP 123"))
                .hasMessageContaining("no space (character 3)");
        assertThatThrownBy(() -> new Barcode(Kind.CODE_128, "TP\u0007123"))
                .hasMessageContaining("(character 3)");
        assertThatThrownBy(() -> new Barcode(Kind.CODE_128, "Café"))
                .hasMessageContaining("(character 4)");
        assertThatThrownBy(() -> new Barcode(Kind.CODE_128, "X".repeat(49)))
                .hasMessageContaining("49 characters, at most 48");
        assertThatThrownBy(() -> Barcode.parse("  ")).hasMessage("Code 128: the code is empty");
    }

    @Test
    void theWrittenFormReadsBack() {
        for (String code : new String[] {"4006381333931", "96385074", "036000291452", "upce:04252614", "A-1"}) {
            Barcode barcode = Barcode.parse(code);
            assertThat(Barcode.parse(barcode.toString())).isEqualTo(barcode);
        }
        assertThat(Barcode.parse("upce:04252614")).hasToString("upce:04252614");
    }

    @Test
    void theCheckDigitFollowsGs1() {
        assertThat(Barcode.checkDigit("400638133393")).isEqualTo(1);
        assertThat(Barcode.checkDigit("9638507")).isEqualTo(4);
        assertThatThrownBy(() -> Barcode.checkDigit("12a")).isInstanceOf(IllegalArgumentException.class);
    }
}
