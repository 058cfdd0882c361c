package app.tillpoint.devices.javapos;

import app.tillpoint.devices.CashDrawerConfig;
import app.tillpoint.devices.JavaPosConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * A child JVM's main for {@link JavaJarTest}: opens a JavaPOS drawer whose service and jpos.xml are in a vendor
 * folder, as the kiosk does, and prints its class path and the drawer's status once it is usable or 15 s have passed.
 * Arguments: the vendor folder, the drawer's logical name.
 */
public final class JposProbe {
    private JposProbe() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.out.println("class path: " + System.getProperty("java.class.path"));
        VendorJars.use(List.of(Path.of(args[0])));
        try (JavaPosDrawer drawer = new JavaPosDrawer(
            CashDrawerConfig.javapos(new JavaPosConfig(args[1], null, null, 500)))) {
            long deadline = System.nanoTime() + 15_000_000_000L;
            while (!drawer.status().usable() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            System.out.println("status: " + drawer.status().describe());
        }
    }
}
