package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeHubTest {
    private final BadgeHub hub = new BadgeHub(new DeviceStatus("Badge reader", DeviceStatus.State.SIMULATED, ""),
            (event, detail) -> { }, () -> { });
    private final AtomicReference<Optional<String>> shown = new AtomicReference<>(Optional.of("badge-login"));
    private final List<String> lockScreen = new CopyOnWriteArrayList<>();
    private final List<String> sniffer = new CopyOnWriteArrayList<>();
    private final List<String> firstRun = new CopyOnWriteArrayList<>();

    @Test
    void aBadgeGoesToTheScreenShownAndToNoOtherSubscriber() throws Exception {
        hub.deliverTo(shown::get);
        hub.forPlugin("badge-login").subscribe(lockScreen::add);
        BadgeScans snifferScans = hub.forPlugin("sniffer");
        snifferScans.subscribe(sniffer::add);
        hub.subscribe(firstRun::add);

        scan("1001"); // the lock screen is shown
        shown.set(Optional.empty()); // a screen of the host's
        scan("9001");
        shown.set(Optional.of("sniffer"));
        scan("4242");

        assertThat(lockScreen).containsExactly("1001");
        assertThat(firstRun).containsExactly("9001");
        assertThat(sniffer).containsExactly("4242");
        assertThat(snifferScans.readerStatus()).isEqualTo(hub.readerStatus());
    }

    @Test
    void aClosedSubscriptionGetsNothingMore() throws Exception {
        hub.deliverTo(shown::get);
        Subscription subscription = hub.forPlugin("badge-login").subscribe(lockScreen::add);

        scan("1001");
        subscription.close();
        scan("1002");

        assertThat(lockScreen).containsExactly("1001");
    }

    private void scan(String code) throws Exception {
        hub.badge(code);
        SwingUtilities.invokeAndWait(() -> { }); // delivered on the event thread, before this
    }
}
