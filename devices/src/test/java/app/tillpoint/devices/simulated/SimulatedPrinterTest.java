package app.tillpoint.devices.simulated;

import app.tillpoint.api.device.PrintJob;
import app.tillpoint.api.device.PrinterException;
import app.tillpoint.api.device.ReceiptPrinter.State;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimulatedPrinterTest {
    @TempDir
    Path dir;
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T10:15:30Z"), ZoneOffset.UTC);

    private List<Path> files(String suffix) throws Exception {
        try (Stream<Path> files = Files.list(dir.resolve("printed"))) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void eachJobBecomesATextFileAndAPictureOfThePaper() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(dir.resolve("printed"), 32, clock);

        printer.print(PrintJob.builder().text("Tillpoint", PrintJob.Align.CENTER, true)
                .amount("Total", "₹1,234.00", true).build());
        printer.print(PrintJob.builder().text("Second").build());

        assertThat(files(".txt")).extracting(f -> f.getFileName().toString())
                .containsExactly("20261130-101530-000-1.txt", "20261130-101530-000-2.txt");
        String text = Files.readString(files(".txt").get(0));
        assertThat(text.lines().toList()).hasSize(2);
        assertThat(text.lines().toList().get(1)).startsWith("Total").hasSizeLessThanOrEqualTo(32)
                .matches("Total +(₹|Rs\\.)1,234\\.00");
        BufferedImage picture = ImageIO.read(files(".png").get(0).toFile());
        assertThat(picture.getWidth()).isEqualTo(32 * 12 + 32);
        assertThat(picture.getHeight()).isGreaterThan(2 * 20);
    }

    @Test
    void aBarcodeIsDrawnAsCode128ThatReadsBackToItsTextAndTheTextFileHoldsTheTextAlone() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(dir.resolve("printed"), 32, clock);

        printer.print(PrintJob.builder().text("Thank you", PrintJob.Align.CENTER, false).barcode("TP42-7F3A0C")
                .text("Next").build());

        assertThat(Files.readString(files(".txt").get(0)).lines().toList())
                .containsExactly("           Thank you", "          TP42-7F3A0C", "Next");
        BufferedImage picture = ImageIO.read(files(".png").get(0).toFile());
        assertThat(decoded(picture).getText()).isEqualTo("TP42-7F3A0C");
        assertThat(decoded(picture).getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
    }

    @Test
    void onFiftyEightMillimetresASixDigitOrderReadsBackAndACodeTooWideIsItsTextAloneAsOnAPrinter() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(dir.resolve("printed"), 32, clock);

        printer.print(PrintJob.builder().barcode("TP123456-ABCDEF").build());
        printer.print(PrintJob.builder().barcode("TP123456789-ABCDEF").build());

        assertThat(decoded(ImageIO.read(files(".png").get(0).toFile())).getText()).isEqualTo("TP123456-ABCDEF");
        // 211 modules, 422 dots at two a module: an ESC/POS printer of 384 dots would drop it, so no bars here either.
        BufferedImage tooWide = ImageIO.read(files(".png").get(1).toFile());
        assertThatThrownBy(() -> decoded(tooWide)).isInstanceOf(AssertionError.class);
        assertThat(Files.readString(files(".txt").get(1))).isEqualTo("       TP123456789-ABCDEF\n");
        assertThat(files(".partial")).isEmpty();
    }

    @Test
    void theLongestReceiptCodeReadsBackOnEightyMillimetres() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(dir.resolve("printed"), 48, clock);
        // An order of 18 digits: 255 modules, 510 of the 576 dots at two a module.
        String longest = "TP999999999999999999-FFFFFF";

        printer.print(PrintJob.builder().barcode(longest).build());

        assertThat(decoded(ImageIO.read(files(".png").get(0).toFile())).getText()).isEqualTo(longest);
    }

    /** The Code 128 barcode in a picture, read as a scanner reads it, trying every row. */
    static Result decoded(BufferedImage picture) throws Exception {
        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels)));
        try {
            return new Code128Reader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException e) {
            throw new AssertionError("No Code 128 barcode in the picture", e);
        }
    }

    @Test
    void outOfPaperItPrintsNothingUntilReadyAgain() throws Exception {
        SimulatedPrinter printer = new SimulatedPrinter(dir.resolve("printed"), 48, clock);
        printer.simulate(State.PAPER_OUT);

        assertThatThrownBy(() -> printer.print(PrintJob.builder().text("x").build()))
                .isInstanceOf(PrinterException.class).hasMessage("Printer out of paper");
        assertThat(dir.resolve("printed")).doesNotExist();
        assertThat(printer.state()).isEqualTo(State.PAPER_OUT);

        printer.simulate(State.READY);
        printer.print(PrintJob.builder().text("x").build());
        assertThat(files(".txt")).hasSize(1);
    }
}
