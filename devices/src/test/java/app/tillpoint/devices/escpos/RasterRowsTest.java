package app.tillpoint.devices.escpos;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.devices.ReceiptPrinterConfig;
import app.tillpoint.devices.SerialConfig;
import app.tillpoint.devices.escpos.EscPosTestPrinter.Raster;
import app.tillpoint.devices.serial.SocatPair;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hindi and Tamil on an ESC/POS printer: the rows its code page lacks come as raster images ({@code GS v 0}) as wide as
 * the paper, through a socat pair to the test printer, which parses them; the rows it has stay text.
 */
class RasterRowsTest {
    @TempDir
    Path dir;
    private SocatPair pair;
    private EscPosTestPrinter far;
    private EscPosPrinter printer;

    private void serialPrinter(int paperWidth) throws Exception {
        pair = new SocatPair(dir).start();
        far = EscPosTestPrinter.overSerial(pair);
        SerialConfig serial = new SerialConfig(pair.devicePath(), 115200, 8, "none", 1, null, null, 400);
        printer = EscPosPrinter.of(new ReceiptPrinterConfig("escpos-serial", paperWidth, serial, null, null, null,
                300));
    }

    private static void waitFor(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterEach
    void stop() throws Exception {
        if (printer != null) {
            printer.close();
        }
        if (far != null) {
            far.stop();
        }
        if (pair != null) {
            pair.close();
        }
    }

    @Test
    void aHindiReceiptsRowsComeAsPicturesAsWideAsEightyMillimetrePaperAndNothingAsQuestionMarks() throws Exception {
        serialPrinter(80);

        printer.print(PrintJob.builder().text("तिलपॉइंट चेन्नई", PrintJob.Align.CENTER, true)
                .amount("2 x मसाला चाय", "₹40.00").amount("कुल", "₹1,234.00", true).text("GSTIN 33AAACT1234F1Z5")
                .build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.rasters()).hasSize(3).allSatisfy(raster -> {
            assertThat(raster.width()).isEqualTo(576);
            assertThat(raster.height()).isBetween(24, 64);
            assertThat(raster.blackDots()).as("not blank").isGreaterThan(150);
        });
        assertThat(far.rasters().get(2).rightmostBlack()).as("the total's amount at the right edge")
                .isGreaterThan(576 - RasterRows.DOTS_PER_COLUMN);
        assertThat(far.lines()).as("the Latin row stays text").containsExactly("GSTIN 33AAACT1234F1Z5");
        assertThat(far.printed).noneSatisfy(p -> assertThat(p.text()).contains("?"));
    }

    @Test
    void aTamilRowOnFiftyEightMillimetrePaperIsThreeHundredAndEightyFourDotsWide() throws Exception {
        serialPrinter(58);

        printer.print(PrintJob.builder().amount("மொத்தம்", "₹1,234.00", true).build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        Raster row = far.rasters().get(0);
        assertThat(row.width()).isEqualTo(384);
        assertThat(row.blackDots()).isGreaterThan(150);
        assertThat(row.rightmostBlack()).isGreaterThan(384 - RasterRows.DOTS_PER_COLUMN);
        assertThat(far.lines()).isEmpty();
    }

    @Test
    void anEnglishReceiptStaysAllText() throws Exception {
        serialPrinter(58);

        printer.print(PrintJob.builder().text("Tillpoint Chennai", PrintJob.Align.CENTER, true)
                .amount("Total", "₹1,234.00", true).build());

        waitFor(() -> far.printed.stream().anyMatch(p -> p.text().equals("CUT")));
        assertThat(far.rasters()).isEmpty();
        assertThat(far.lines()).containsExactly("       Tillpoint Chennai", "Total                Rs.1,234.00");
    }

    @Test
    void devanagariAndTamilAreDrawnInTheNotoFontsTheScreensUseAndLatinMonospaced() {
        assertThat(RasterRows.fontFor('क', false).getFamily()).isEqualTo("Noto Sans Devanagari");
        assertThat(RasterRows.fontFor('த', false).getFamily()).isEqualTo("Noto Sans Tamil");
        assertThat(RasterRows.fontFor('7', false).getFamily()).isEqualTo(java.awt.Font.MONOSPACED);
    }

    @Test
    void aBoldRowIsDrawnHeavierAndEveryRowIsThePapersWidth() {
        RasterRows rows = new RasterRows(48);
        BufferedImage plain = rows.draw("कुल                                    Rs.1,234.00", false);
        BufferedImage bold = rows.draw("कुल                                    Rs.1,234.00", true);

        assertThat(plain.getWidth()).isEqualTo(576);
        assertThat(bold.getWidth()).isEqualTo(576);
        assertThat(dark(bold)).isGreaterThan(dark(plain));
    }

    @Test
    void aRowWiderThanThePaperIsNarrowedToFitNotCut() {
        RasterRows rows = new RasterRows(32);
        String tamil = "மொத்தம் மொத்தம் மொத்தம் மொத்தம்";

        BufferedImage image = rows.draw(tamil + " 99", false);

        assertThat(image.getWidth()).isEqualTo(384);
        assertThat(darkInColumns(image, 384 - 3 * RasterRows.DOTS_PER_COLUMN, 384)).as("the last digits drawn")
                .isGreaterThan(0);
    }

    private static int dark(BufferedImage image) {
        return darkInColumns(image, 0, image.getWidth());
    }

    private static int darkInColumns(BufferedImage image, int from, int to) {
        int count = 0;
        for (int x = from; x < to; x++) {
            for (int y = 0; y < image.getHeight(); y++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    count++;
                }
            }
        }
        return count;
    }
}
