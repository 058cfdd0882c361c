package app.tillpoint.api.device;

import app.tillpoint.api.device.PrintJob.Align;
import app.tillpoint.api.device.PrintJob.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PrintJobTest {
    private static final int MM58 = 32;
    private static final int MM80 = 48;

    private static List<String> texts(PrintJob job, int columns) {
        return job.layout(columns, UnaryOperator.identity()).stream().map(Row::text).toList();
    }

    @ParameterizedTest
    @ValueSource(ints = {MM58, MM80})
    void anAmountStandsAtTheRightEdgeOfItsLabelsLine(int columns) {
        List<String> rows = texts(PrintJob.builder().amount("Total", "₹1,234.00").build(), columns);

        assertThat(rows).containsExactly("Total" + " ".repeat(columns - 5 - 9) + "₹1,234.00");
        assertThat(rows.get(0).codePointCount(0, rows.get(0).length())).isEqualTo(columns);
    }

    @ParameterizedTest
    @ValueSource(ints = {MM58, MM80})
    void aLongLabelWrapsAtSpacesAndTheAmountIsNeverSplit(int columns) {
        String label = "2 x Masala chai with cardamom and ginger, large cup, extra sugar";
        String amount = "₹12,34,56,789.50";
        List<String> rows = texts(PrintJob.builder().amount(label, amount).build(), columns);

        assertThat(rows).allSatisfy(row -> assertThat(row.codePointCount(0, row.length())).isLessThanOrEqualTo(columns));
        assertThat(rows).filteredOn(row -> row.contains("₹")).singleElement()
                .satisfies(row -> assertThat(row).endsWith(amount));
        assertThat(String.join(" ", rows).replace(amount, "").replaceAll(" +", " ").strip()).isEqualTo(label);
    }

    @Test
    void atFiftyEightMillimetresAnAmountThatNoLongerFitsBesideItsLabelGoesWholeToTheNextLine() {
        String label = "Change to give back to the customer";
        List<String> at58 = texts(PrintJob.builder().amount(label, "₹1,00,000.00").build(), MM58);
        List<String> at80 = texts(PrintJob.builder().amount(label, "₹1,00,000.00").build(), MM80);

        assertThat(at80).containsExactly(label + " ".repeat(MM80 - label.length() - 12) + "₹1,00,000.00");
        assertThat(at58).containsExactly("Change to give back to the", "customer" + " ".repeat(MM58 - 8 - 12)
                + "₹1,00,000.00");
    }

    @Test
    void anAmountBesideALabelThatFillsTheLineStandsAloneAtTheRight() {
        String label = "A".repeat(MM58);
        List<String> rows = texts(PrintJob.builder().amount(label, "₹5.00").build(), MM58);

        assertThat(rows).containsExactly(label, " ".repeat(MM58 - 5) + "₹5.00");
    }

    @Test
    void textIsCentredOrRightAlignedAndAWordLongerThanALineIsCut() {
        PrintJob job = PrintJob.builder().text("Tillpoint Store", Align.CENTER, true)
                .text("GSTIN 33AAAAA0000A1Z5", Align.RIGHT, false)
                .text("x".repeat(40)).rule().blank().build();

        List<Row> rows = job.layout(MM58, UnaryOperator.identity());

        assertThat(rows.get(0)).isEqualTo(new Row(" ".repeat(8) + "Tillpoint Store", true));
        assertThat(rows.get(1).text()).isEqualTo(" ".repeat(11) + "GSTIN 33AAAAA0000A1Z5");
        assertThat(rows.get(2).text()).isEqualTo("x".repeat(32));
        assertThat(rows.get(3).text()).isEqualTo("x".repeat(8));
        assertThat(rows.get(4).text()).isEqualTo("-".repeat(32));
        assertThat(rows.get(5).text()).isEmpty();
    }

    @Test
    void aPrinterWithoutTheRupeeSignMeasuresItsFallbackSoTheColumnStillFits() {
        List<Row> rows = PrintJob.builder().amount("Total", "₹1,234.00").build()
                .layout(MM58, text -> text.replace("₹", "Rs."));

        assertThat(rows).extracting(Row::text).containsExactly("Total" + " ".repeat(32 - 5 - 11) + "Rs.1,234.00");
    }

    @Test
    void aPaperNarrowerThanSixteenCharactersIsRefused() {
        PrintJob job = PrintJob.builder().text("x").build();

        assertThatThrownBy(() -> job.layout(10, UnaryOperator.identity()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16");
    }

    @Test
    void aJobIsCutAndKicksNoDrawerUnlessAsked() {
        assertThat(PrintJob.builder().build()).extracting(PrintJob::cut, PrintJob::kickDrawer)
                .containsExactly(true, false);
        assertThat(PrintJob.builder().cut(false).kickDrawer().build()).extracting(PrintJob::cut, PrintJob::kickDrawer)
                .containsExactly(false, true);
    }

    @Test
    void aBarcodeIsOneRowOfItsDataInTheMiddleMarkedAsABarcode() {
        PrintJob job = PrintJob.builder().text("Thank you").barcode("TP42-7F3A0C").build();

        Row row = job.layout(MM58, UnaryOperator.identity()).get(1);

        assertThat(row.barcode()).isTrue();
        assertThat(row.text()).isEqualTo(" ".repeat(10) + "TP42-7F3A0C");
        assertThat(job.layout(MM58, UnaryOperator.identity()).get(0).barcode()).isFalse();
    }

    @Test
    void aBarcodeHoldsOnlyWhatCode128Prints() {
        assertThatThrownBy(() -> new PrintJob.Barcode("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintJob.Barcode("₹42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PrintJob.Barcode("X".repeat(33))).isInstanceOf(IllegalArgumentException.class);
        assertThat(PrintJob.builder().barcode("X".repeat(32)).build().layout(16, UnaryOperator.identity()))
                .singleElement().extracting(Row::text).isEqualTo("X".repeat(32));
    }
}
