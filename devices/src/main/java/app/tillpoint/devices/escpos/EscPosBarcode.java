package app.tillpoint.devices.escpos;

import app.tillpoint.devices.Code128;
import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst;
import com.github.anastaciocintra.escpos.barcode.BarCode;

import java.io.IOException;
import java.util.OptionalInt;

/**
 * A job's barcode row as ESC/POS Code 128 ({@code GS k} 73), written by escpos-coffee's {@link BarCode}: the data in
 * the fewest symbols ({@link Code128}: code set C for runs of digits, "{B"/"{C" before each run), centred,
 * its text printed under it by the printer (HRI), its bars the widest that fit the paper, two or three dots a module. A
 * code too long for the paper even at two dots is not sent as a barcode (a printer would drop it): the caller prints
 * its text alone, as a printer without barcodes does.
 */
final class EscPosBarcode {
    /** Dots across one character of font A: the paper's printable width is its columns times this. */
    static final int DOTS_PER_COLUMN = 12;
    /** About 10 mm at 203 dpi: tall enough for a hand scanner held at an angle. */
    private static final int HEIGHT_DOTS = 80;

    private EscPosBarcode() {
    }

    /**
     * Writes {@code data} as a barcode with its text under it, if it fits {@code columns}.
     *
     * @param data printable ASCII, as {@link app.tillpoint.api.device.PrintJob.Barcode} holds
     * @return false when it does not fit the paper and nothing was written
     */
    static boolean write(EscPos escpos, String data, int columns) throws IOException {
        Code128 code = Code128.of(data);
        OptionalInt module = code.moduleDots(columns * DOTS_PER_COLUMN);
        if (module.isEmpty()) {
            return false;
        }
        BarCode barcode = new BarCode()
                .setSystem(BarCode.BarCodeSystem.CODE128)
                .setBarCodeSize(module.getAsInt(), HEIGHT_DOTS)
                .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
                .setHRIFont(BarCode.BarCodeHRIFont.Font_A_Default)
                .setJustification(EscPosConst.Justification.Center);
        escpos.write(barcode, code.escPos());
        return true;
    }
}
