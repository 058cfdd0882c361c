package app.tillpoint.devices.javapos;

import jpos.JposConst;
import jpos.JposException;
import jpos.POSPrinterConst;
import jpos.config.JposEntry;
import jpos.events.StatusUpdateEvent;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A JavaPOS POSPrinter service in the test sources: records what it was asked to print, one entry a printed line
 * ({@code printNormal}, escape sequences kept), {@code BARCODE <symbology> <data>} or {@code CUT <percent>}, and can be
 * told that its cover is open, its paper out ({@code CoverOpen}, {@code RecEmpty}, a {@code StatusUpdateEvent}, and
 * the extended error of a print as a real service throws) or its power gone (offline, from {@link #power}). Its entry
 * sets {@code recLineChars} (Integer, default 42), {@code capRecBarCode} (Boolean, default true) and
 * {@code code128Parsed} (Boolean, default true; false: a service older than UnifiedPOS 1.8, which refuses
 * {@code PTR_BCS_Code128_Parsed}). Each {@code printBarCode} is kept as it came ({@link #barCodes}); one wider than
 * {@code RecLineWidth}, or parsed data that is not the spec's form, is refused as a real service refuses it.
 */
public final class TestPrinterService extends TestService {
    /**
     * A {@code printBarCode} as the service got it.
     *
     * @param text what its bars hold: the data, or for {@code PTR_BCS_Code128_Parsed} the data read as the spec says
     */
    public record BarCode(int symbology, String data, int height, int width, int alignment, int textPosition,
                          String text) {
    }

    private final List<String> printed = new CopyOnWriteArrayList<>();
    private final List<BarCode> barCodes = new CopyOnWriteArrayList<>();
    private volatile boolean code128Parsed = true;
    private volatile int recLineChars = 42;
    private volatile boolean capRecBarCode = true;
    private volatile boolean coverOpen;
    private volatile boolean recEmpty;
    private volatile boolean jamNext;
    private volatile int mapMode = POSPrinterConst.PTR_MM_DOTS;

    @Override
    protected void configure(JposEntry entry) {
        super.configure(entry);
        if (entry.getPropertyValue("recLineChars") instanceof Integer chars) {
            recLineChars = chars;
        }
        if (entry.getPropertyValue("capRecBarCode") instanceof Boolean cap) {
            capRecBarCode = cap;
        }
        if (entry.getPropertyValue("code128Parsed") instanceof Boolean parsed) {
            code128Parsed = parsed;
        }
    }

    /** The barcodes printed, in order. */
    public List<BarCode> barCodes() {
        return List.copyOf(barCodes);
    }

    /** What was printed, in order. */
    public List<String> printed() {
        return List.copyOf(printed);
    }

    /** The lines of text printed, without escape sequences, barcodes and cuts. */
    public List<String> text() {
        return printed.stream().filter(p -> !p.startsWith("BARCODE ") && !p.startsWith("CUT "))
            .map(p -> p.replaceAll("\u001b\\|[0-9]*[a-zA-Z]+", "")).filter(p -> !p.isEmpty()).toList();
    }

    /** The cover is opened or shut, as the hardware reports it. */
    public void coverOpen(boolean open) {
        coverOpen = open;
        report(open ? POSPrinterConst.PTR_SUE_COVER_OPEN : POSPrinterConst.PTR_SUE_COVER_OK);
    }

    /** The paper roll runs out or is replaced. */
    public void paperOut(boolean out) {
        recEmpty = out;
        report(out ? POSPrinterConst.PTR_SUE_REC_EMPTY : POSPrinterConst.PTR_SUE_REC_PAPEROK);
    }

    /** The paper runs out during the next print, before the service could report it. */
    public void jamNext() {
        jamNext = true;
    }

    public int getRecLineChars() {
        return recLineChars;
    }

    /** 12 dots a character, as a thermal printer's usual font. */
    public int getRecLineWidth() {
        return recLineChars * 12;
    }

    public boolean getCapRecPresent() {
        return true;
    }

    public boolean getCapRecBarCode() {
        return capRecBarCode;
    }

    public boolean getCapRecPapercut() {
        return true;
    }

    public boolean getCapRecBold() {
        return true;
    }

    public boolean getCoverOpen() {
        return coverOpen;
    }

    public boolean getRecEmpty() {
        return recEmpty;
    }

    public int getMapMode() {
        return mapMode;
    }

    public void setMapMode(int mapMode) {
        this.mapMode = mapMode;
    }

    public synchronized void printNormal(int station, String data) throws JposException {
        ready(station);
        List<String> lines = Arrays.asList(data.split("\n"));
        printed.addAll(lines);
    }

    public synchronized void printBarCode(int station, String data, int symbology, int height, int width,
                                          int alignment, int textPosition) throws JposException {
        ready(station);
        if (!capRecBarCode || height <= 0 || width <= 0) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Barcode not possible: " + symbology);
        }
        if (symbology == POSPrinterConst.PTR_BCS_Code128_Parsed && !code128Parsed) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Symbology not supported: " + symbology);
        }
        if (width > getRecLineWidth()) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Wider than the line: " + width);
        }
        String text = symbology == POSPrinterConst.PTR_BCS_Code128_Parsed ? parsed(data) : data;
        barCodes.add(new BarCode(symbology, data, height, width, alignment, textPosition, text));
        printed.add("BARCODE " + symbology + " " + data);
    }

    /**
     * Reads {@code PTR_BCS_Code128_Parsed} data: "{A", "{B" or "{C" first, then each switches the code set, "{{" is a
     * brace, and set C holds pairs of digits written as their text.
     */
    private static String parsed(String data) throws JposException {
        if (!data.matches("\\{[ABC].*")) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Parsed Code 128 starts with its code set: " + data);
        }
        StringBuilder text = new StringBuilder();
        char set = data.charAt(1);
        int i = 2;
        while (i < data.length()) {
            String two = data.substring(i, Math.min(i + 2, data.length()));
            if (two.matches("\\{[ABC]")) {
                set = two.charAt(1);
            } else if (set == 'C' ? !two.matches("[0-9]{2}") : two.startsWith("{") && !two.equals("{{")) {
                throw new JposException(JposConst.JPOS_E_ILLEGAL, "Not parsed Code 128 at " + i + ": " + data);
            } else if (set == 'C' || two.equals("{{")) {
                text.append(set == 'C' ? two : "{");
            } else {
                text.append(two.charAt(0));
                i--;
            }
            i += 2;
        }
        return text.toString();
    }

    public synchronized void cutPaper(int percentage) throws JposException {
        ready(POSPrinterConst.PTR_S_RECEIPT);
        if (percentage < 0 || percentage > 100) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "Cut " + percentage + " out of range");
        }
        printed.add("CUT " + percentage);
    }

    public void clearOutput() {
        record("clearOutput");
    }

    /** Refuses as a real service does: disabled, another station, offline, cover open, no paper. */
    private void ready(int station) throws JposException {
        if (!enabled) {
            throw new JposException(JposConst.JPOS_E_DISABLED, "Disabled");
        }
        if (station != POSPrinterConst.PTR_S_RECEIPT) {
            throw new JposException(JposConst.JPOS_E_ILLEGAL, "No station " + station);
        }
        if (powerState != JposConst.JPOS_PS_ONLINE) {
            throw new JposException(JposConst.JPOS_E_OFFLINE, "Offline");
        }
        if (coverOpen) {
            throw new JposException(JposConst.JPOS_E_EXTENDED, POSPrinterConst.JPOS_EPTR_COVER_OPEN, "Cover open");
        }
        if (recEmpty || jamNext) {
            jamNext = false;
            throw new JposException(JposConst.JPOS_E_EXTENDED, POSPrinterConst.JPOS_EPTR_REC_EMPTY, "Paper out");
        }
    }

    private void report(int code) {
        if (enabled && callbacks != null) {
            callbacks.fireStatusUpdateEvent(new StatusUpdateEvent(callbacks.getEventSource(), code));
        }
    }
}
