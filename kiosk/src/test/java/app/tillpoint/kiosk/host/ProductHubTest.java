package app.tillpoint.kiosk.host;

import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.terminal.ProductScans;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ProductHubTest {
    private final BadgeHub badges = new BadgeHub(new DeviceStatus("Badge reader", DeviceStatus.State.SIMULATED, ""),
            (event, detail) -> { }, () -> { });
    private final ProductHub products = new ProductHub(badges::readerStatus, (event, detail) -> { }, () -> { });
    private final AtomicReference<Optional<String>> shown = new AtomicReference<>(Optional.of("selling"));
    private final List<String> register = new CopyOnWriteArrayList<>();
    private final List<String> lockScreen = new CopyOnWriteArrayList<>();
    private final List<String> sniffer = new CopyOnWriteArrayList<>();

    @Test
    void aSharedReaderScansProductsOnTheRegisterAndBadgesOnTheLockScreen() throws Exception {
        badges.deliverTo(shown::get);
        products.deliverTo(shown::get);
        badges.shareWith(products);
        products.forPlugin("selling").subscribe(register::add);
        badges.forPlugin("badge-login").subscribe(lockScreen::add);

        badges.badge("8901234000014"); // the register is shown
        settle();
        shown.set(Optional.of("badge-login"));
        badges.badge("1001");
        settle();

        assertThat(register).containsExactly("8901234000014");
        assertThat(lockScreen).containsExactly("1001");
    }

    @Test
    void aBadgeOnTheLockScreenNeverReachesAnotherPluginsProductScans() throws Exception {
        badges.deliverTo(shown::get);
        products.deliverTo(shown::get);
        badges.shareWith(products);
        badges.forPlugin("badge-login").subscribe(lockScreen::add);
        ProductScans snifferScans = products.forPlugin("sniffer");
        snifferScans.subscribe(sniffer::add);
        products.subscribe(sniffer::add); // as the host's own, too

        shown.set(Optional.of("badge-login"));
        badges.badge("9001");
        settle();

        assertThat(lockScreen).containsExactly("9001");
        assertThat(sniffer).isEmpty();
        assertThat(snifferScans.scannerStatus()).isEqualTo(badges.readerStatus());
    }

    @Test
    void aScannerOfItsOwnScansOnlyProductsForTheScreenShownAndItsStateIsKept() throws Exception {
        List<String> audited = new CopyOnWriteArrayList<>();
        ProductHub own = new ProductHub(() -> new DeviceStatus("Product scanner", DeviceStatus.State.READY, ""),
                (event, detail) -> audited.add(detail), () -> { });
        own.deliverTo(shown::get);
        badges.deliverTo(shown::get);
        own.forPlugin("selling").subscribe(register::add);
        badges.forPlugin("badge-login").subscribe(lockScreen::add);

        own.badge("96385074");
        settle();
        shown.set(Optional.of("badge-login"));
        own.badge("04252614"); // on the lock screen a product scan is nobody's
        settle();
        own.status(new DeviceStatus("Product scanner", DeviceStatus.State.NOT_CONNECTED, "/dev/ttyUSB1"));
        settle();

        assertThat(register).containsExactly("96385074");
        assertThat(lockScreen).isEmpty();
        assertThat(own.scannerStatus().state()).isEqualTo(DeviceStatus.State.NOT_CONNECTED);
        assertThat(audited).containsExactly("Product scanner: not connected (/dev/ttyUSB1)");
    }

    private static void settle() throws Exception {
        SwingUtilities.invokeAndWait(() -> { }); // delivered on the event thread, before this
    }
}
