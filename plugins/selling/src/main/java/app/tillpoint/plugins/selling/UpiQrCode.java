package app.tillpoint.plugins.selling;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import javax.swing.JComponent;
import java.awt.Dimension;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A {@code upi://pay} link as a QR code, drawn by ZXing, large, in dark modules on light (whatever the theme: a phone's
 * camera reads that), each module a whole number of pixels. Event thread only.
 */
final class UpiQrCode extends JComponent {

    /** Four modules of light around the code, as the QR standard asks. */
    private static final int QUIET_ZONE = 4;

    private BufferedImage image;
    private String link = "";

    UpiQrCode(int size) {
        setPreferredSize(new Dimension(size, size));
        setMinimumSize(new Dimension(size, size));
    }

    /** Shows {@code link} as a QR code; empty shows nothing. */
    void show(String link) {
        this.link = link;
        image = link.isEmpty() ? null : render(link);
        repaint();
    }

    /** The link the code shows, empty if none. */
    String link() {
        return link;
    }

    /** One pixel per module: 0 dark, 1 light in a binary image (no colour named in code). */
    private static BufferedImage render(String link) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(link, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, QUIET_ZONE,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The UPI link does not fit a QR code: " + link, e);
        }
        BufferedImage modules = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                modules.getRaster().setSample(x, y, 0, matrix.get(x, y) ? 0 : 1);
            }
        }
        return modules;
    }

    @Override
    protected void paintComponent(Graphics g) {
        if (image == null) {
            return;
        }
        int side = Math.min(getWidth(), getHeight());
        // Whole pixels per module, so that no module is blurred or thinner than another.
        int scale = Math.max(1, side / image.getWidth());
        int drawn = scale * image.getWidth();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g2.drawImage(image, (getWidth() - drawn) / 2, (getHeight() - drawn) / 2, drawn, drawn, null);
        } finally {
            g2.dispose();
        }
    }
}
