package app.tillpoint.kiosk;

import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.ui.Names;
import app.tillpoint.kiosk.testkit.TestKiosk;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.oned.Code128Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static app.tillpoint.api.ui.Names.CART_TOTAL;
import static app.tillpoint.api.ui.Names.REFUND_AMOUNT;
import static app.tillpoint.api.ui.Names.REFUND_CANCEL;
import static app.tillpoint.api.ui.Names.REFUND_CONFIRM;
import static app.tillpoint.api.ui.Names.REFUND_LINE_PREFIX;
import static app.tillpoint.api.ui.Names.REFUND_MESSAGE;
import static app.tillpoint.api.ui.Names.REFUND_ORDER;
import static app.tillpoint.api.ui.Names.REGISTER_MENU;
import static app.tillpoint.api.ui.Names.keypadDigit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refund found by the receipt's barcode on the real kiosk: sell, read the barcode off the simulated printer's picture
 * of the receipt as a scanner would, scan it into the refund dialog and refund one line; then another till's receipt
 * and a product's barcode scanned into the dialog are said, and neither finds an order nor adds to the cart.
 */
@GuiTest
class ReceiptBarcodeGuiTest {
    @TempDir
    Path dataDir;

    @Test
    void theReceiptsBarcodeScannedIntoTheRefundDialogFindsItsOrderAndOthersAreRefused() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dataDir)) {
            Walks.openCountingFiveHundred(kiosk);
            long order = Walks.sellTwoChaiAndALassiForCash(kiosk);

            Result read = barcodeOf(receiptPicture(order));
            assertThat(read.getBarcodeFormat()).isEqualTo(BarcodeFormat.CODE_128);
            String code = read.getText();
            assertThat(ReceiptCode.read(code)).get().extracting(ReceiptCode::orderId).isEqualTo(order);

            // The receipt scanned into the refund dialog: its order is shown, as Find shows it.
            openRefund(kiosk);
            kiosk.scanProduct(code);
            kiosk.waitFor(REFUND_LINE_PREFIX + 2);
            assertThat(kiosk.text(REFUND_ORDER)).isEqualTo(Long.toString(order));
            kiosk.tap(REFUND_LINE_PREFIX + 2);
            kiosk.tap(keypadDigit(1));
            kiosk.waitUntil(REFUND_AMOUNT, text -> text.endsWith("₹60.00"));
            kiosk.tap(REFUND_CONFIRM);
            kiosk.awaitCount(1, "SELECT count(*) FROM refunds WHERE total = -6000 AND order_id = ?", order);
            kiosk.waitFor(REGISTER_MENU);

            // Another till's receipt of the same number, and a product's barcode: said, nothing found or sold.
            String tag = ReceiptCode.read(code).orElseThrow().terminalTag();
            String otherTill = new ReceiptCode(order, tag.equals("000000") ? "000001" : "000000").text();
            openRefund(kiosk);
            kiosk.scanProduct(otherTill);
            kiosk.waitForText(REFUND_MESSAGE, "This receipt was printed by another till");
            kiosk.scanProduct("8901234000014"); // Masala chai's EAN-13
            kiosk.waitForText(REFUND_MESSAGE, "That is a product's barcode, not a receipt's");
            assertThat(kiosk.showing(REFUND_LINE_PREFIX + 1)).isFalse();
            assertThat(kiosk.text(REFUND_ORDER)).isEmpty();
            kiosk.tap(REFUND_CANCEL);
            kiosk.waitFor(REGISTER_MENU);
            assertThat(kiosk.text(CART_TOTAL)).as("the register added nothing under the dialog").isEqualTo("₹0.00");
            assertThat(kiosk.count("SELECT count(*) FROM refunds")).isEqualTo(1);
            assertThat(kiosk.count("SELECT count(*) FROM orders")).isEqualTo(1);

            // With the dialog gone the register sells what is scanned again.
            kiosk.scanProduct("8901234000014");
            kiosk.waitForText(CART_TOTAL, "₹20.00");
        }
    }

    private static void openRefund(TestKiosk kiosk) {
        kiosk.tap(REGISTER_MENU);
        kiosk.tap(Names.MENU_PREFIX + "refund");
        kiosk.waitFor(REFUND_ORDER);
    }

    /** The simulated printer's picture of the receipt of {@code order}, waiting up to 20 s for it to be printed. */
    private BufferedImage receiptPicture(long order) throws Exception {
        Path folder = dataDir.resolve("printed");
        for (int tries = 0; tries < 100; tries++) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    Optional<Path> text = files.filter(f -> f.toString().endsWith(".txt")).sorted()
                            .filter(f -> read(f).contains("Order " + order)).findFirst();
                    Optional<Path> picture = text.map(f -> f.resolveSibling(f.getFileName().toString()
                            .replace(".txt", ".png"))).filter(Files::isRegularFile);
                    // The picture is written after the text: one still being written reads as nothing yet.
                    BufferedImage image = picture.isPresent() ? readPicture(picture.get()) : null;
                    if (image != null) {
                        return image;
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("No printed receipt of order " + order + " in " + folder);
    }

    private static BufferedImage readPicture(Path file) {
        try {
            return ImageIO.read(file.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    /** The Code 128 barcode in a picture, as a scanner reads it. */
    private static Result barcodeOf(BufferedImage picture) throws Exception {
        int[] pixels = picture.getRGB(0, 0, picture.getWidth(), picture.getHeight(), null, 0, picture.getWidth());
        return new Code128Reader().decode(new BinaryBitmap(new HybridBinarizer(
                        new RGBLuminanceSource(picture.getWidth(), picture.getHeight(), pixels))),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
