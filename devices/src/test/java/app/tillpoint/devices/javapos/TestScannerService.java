package app.tillpoint.devices.javapos;

import java.nio.charset.StandardCharsets;

/** A JavaPOS Scanner service in the test sources: a scan sets the label and fires a data event. */
public final class TestScannerService extends TestService {
    private volatile byte[] label = new byte[0];
    private volatile boolean decodeData;

    /** Scans a label; returns whether a data event was fired. */
    public boolean scan(String text) {
        label = text.getBytes(StandardCharsets.US_ASCII);
        return fireData();
    }

    public byte[] getScanDataLabel() {
        return decodeData ? label : new byte[0];
    }

    public byte[] getScanData() {
        return label;
    }

    public void setDecodeData(boolean decodeData) {
        this.decodeData = decodeData;
    }

    public boolean getDecodeData() {
        return decodeData;
    }
}
