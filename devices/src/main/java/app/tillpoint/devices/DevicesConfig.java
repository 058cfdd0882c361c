package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code devices} section of the terminal's JSON configuration: which badge reader, cash drawer and product
 * scanner, and how to reach them. Read by the kiosk with Jackson; a missing section means {@link #demo()}; a missing
 * {@code productScanner}, none.
 */
public record DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer,
                            ProductScannerConfig productScanner) {

    /** Without a product scanner. */
    public DevicesConfig(BadgeReaderConfig badgeReader, CashDrawerConfig cashDrawer) {
        this(badgeReader, cashDrawer, null);
    }

    /**
     * The demo terminal's devices: a keyboard-wedge badge reader that scans products too (on the register), and a
     * simulated drawer.
     */
    public static DevicesConfig demo() {
        return new DevicesConfig(BadgeReaderConfig.keyboardWedge(), CashDrawerConfig.simulated(),
                ProductScannerConfig.of(ProductScannerConfig.SHARED));
    }

    /** What is wrong, one entry per problem as "devices.field: what is wrong"; empty when the section is valid. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (badgeReader == null) {
            problems.add("devices.badgeReader: missing");
        } else {
            badgeReader.problems().forEach(p -> problems.add("devices.badgeReader." + p));
        }
        if (cashDrawer == null) {
            problems.add("devices.cashDrawer: missing");
        } else {
            cashDrawer.problems().forEach(p -> problems.add("devices.cashDrawer." + p));
        }
        if (productScanner != null) {
            productScanner.problems(badgeReader).forEach(p -> problems.add("devices.productScanner." + p));
        }
        return problems;
    }
}
