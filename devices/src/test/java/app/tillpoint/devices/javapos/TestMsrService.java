package app.tillpoint.devices.javapos;

import java.nio.charset.StandardCharsets;

/** A JavaPOS MSR service in the test sources: a swipe sets the tracks and fires a data event. */
public final class TestMsrService extends TestService {
    private volatile byte[] track1 = new byte[0];
    private volatile byte[] track2 = new byte[0];
    private volatile boolean decodeData;

    /** Swipes a card; returns whether a data event was fired. */
    public boolean swipe(String track1, String track2) {
        this.track1 = track1.getBytes(StandardCharsets.US_ASCII);
        this.track2 = track2.getBytes(StandardCharsets.US_ASCII);
        return fireData();
    }

    public byte[] getTrack1Data() {
        return track1;
    }

    public byte[] getTrack2Data() {
        return track2;
    }

    public void setDecodeData(boolean decodeData) {
        this.decodeData = decodeData;
    }

    public boolean getDecodeData() {
        return decodeData;
    }
}
