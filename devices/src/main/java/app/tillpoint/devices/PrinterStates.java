package app.tillpoint.devices;

import app.tillpoint.api.device.ReceiptPrinter.State;

/** The drivers' words for a printer's state, the same for every driver (the receipts plugin says its own). */
public final class PrinterStates {
    private PrinterStates() {
    }

    /** "Printer out of paper", "Printer cover open", "Printer offline", "Printer ready". */
    public static String message(State state) {
        return switch (state) {
            case PAPER_OUT -> "Printer out of paper";
            case COVER_OPEN -> "Printer cover open";
            case OFFLINE -> "Printer offline";
            case READY -> "Printer ready";
        };
    }
}
