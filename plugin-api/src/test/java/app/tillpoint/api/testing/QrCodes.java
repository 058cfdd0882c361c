package app.tillpoint.api.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import org.assertj.swing.edt.GuiActionRunner;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/**
 * Reads a QR code back from what a component paints, as a phone's camera would from the screen. Needs ZXing's
 * {@code com.google.zxing:core} on the test's class path (the selling plugin and the kiosk have it).
 */
public final class QrCodes {
    private QrCodes() {
    }

    /**
     * The text of the QR code {@code component} paints, over its parent's background as on the screen.
     *
     * @param component a showing component that paints a QR code
     * @return the code's text
     * @throws Exception when no QR code can be read in it
     */
    public static String decode(Component component) throws Exception {
        BufferedImage shot = GuiActionRunner.execute(() -> {
            BufferedImage image = new BufferedImage(component.getWidth(), component.getHeight(),
                    BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            try {
                // The panel's own background under the code, as on the screen.
                g.translate(-component.getX(), -component.getY());
                component.getParent().paint(g);
            } finally {
                g.dispose();
            }
            return image;
        });
        int[] pixels = shot.getRGB(0, 0, shot.getWidth(), shot.getHeight(), null, 0, shot.getWidth());
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(shot.getWidth(),
                shot.getHeight(), pixels)))).getText();
    }
}
