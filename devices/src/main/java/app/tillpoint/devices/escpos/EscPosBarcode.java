package app.tillpoint.devices.escpos;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.BarCode;

import java.io.IOException;

/**
 * A job's barcode row as ESC/POS Code 128 ({@code GS k}, code set B), written by escpos-coffee's {@link BarCode}:
 * centred, its text printed under it by the printer (HRI), its bars the widest that fit the paper, two or three dots a
 * module. A code too long for the paper even at two dots is not sent as a barcode (a printer would drop it): the caller
 * prints its text alone, as a printer without barcodes does.
 */
final class EscPosBarcode {
    /** Dots across one character of font A: the paper's printable width is its columns times this. */
    private static final int DOTS_PER_COLUMN = 12;
    /** About 10 mm at 203 dpi: tall enough for a hand scanner held at an angle. */
    private static final int HEIGHT_DOTS = 80;
    private static final int WIDEST_MODULE = 3;
    private static final int NARROWEST_MODULE = 2;

    private EscPosBarcode() {
    }

    /**
     * Writes {@code data} as a barcode with its text under it, if it fits {@code columns}.
     *
     * @param data printable ASCII, as {@link app.tillpoint.api.device.PrintJob.Barcode} holds
     * @return false when it does not fit the paper and nothing was written
     */
    static boolean write(EscPos escpos, String data, int columns) throws IOException {
        int modules = modules(data);
        int module = Math.min(WIDEST_MODULE, columns * DOTS_PER_COLUMN / modules);
        if (module < NARROWEST_MODULE) {
            return false;
        }
        BarCode code = new BarCode()
                .setSystem(BarCode.BarCodeSystem.CODE128)
                .setBarCodeSize(module, HEIGHT_DOTS)
                .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
                .setHRIFont(BarCode.BarCodeHRIFont.Font_A_Default)
                .setJustification(EscPosConst.Justification.Center);
        // "{B" selects code set B; a brace in the data is written twice, as GS k's Code 128 reads it.
        escpos.write(code, "{B" + data.replace("{", "{{"));
        return true;
    }

    /** Modules across a Code 128 symbol in code set B: start, one symbol a character, check, stop (13). */
    static int modules(String data) {
        return 11 * (data.length() + 2) + 13;
    }
}
