package app.tillpoint.kiosk.host;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.Approvals;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.ProductScans;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The {@link KioskContext} of one plugin: the kiosk's services, each as a narrow view that implements its plugin-api
 * interface and nothing else ({@link Narrow}, {@link PluginDrawer}, {@link PluginPrinter}), so that no cast reaches
 * the store, the devices
 * or the host; the badge scans of its own screens; and its data folder {@code <plugin-data root>/<plugin id>/}. It
 * answers every method of {@code KioskContext} itself, default methods too (PluginContextTest checks that none is left
 * out). The class is not public and has no accessor for the host's context it holds. A view is made at each call:
 * a proxy is cheap, and it holds nothing of its own.
 */
final class PluginContext implements KioskContext {
    private final HostContext kiosk;
    private final String pluginId;
    private final Path pluginData;
    private final BackgroundTasks.Lane lane;

    /**
     * @param kiosk          the kiosk's services, never handed out as they are
     * @param pluginDataRoot {@code <data dir>/plugin-data}, the parent of every plugin's data folder
     * @param lane           where the plugin's {@link #background} work runs, or null for the kiosk's lane
     */
    PluginContext(HostContext kiosk, Path pluginDataRoot, String pluginId, BackgroundTasks.Lane lane) {
        this.kiosk = kiosk;
        this.pluginId = pluginId;
        this.pluginData = dataFolder(pluginDataRoot, pluginId);
        this.lane = lane;
    }

    /** A plugin's context whose background work runs in the kiosk's own lane. */
    PluginContext(HostContext kiosk, Path pluginDataRoot, String pluginId) {
        this(kiosk, pluginDataRoot, pluginId, null);
    }

    /** The data folder of {@code pluginId} under {@code pluginDataRoot}; a plugin id is never a path. */
    static Path dataFolder(Path pluginDataRoot, String pluginId) {
        Path folder = pluginDataRoot.resolve(pluginId).normalize();
        if (pluginId.isBlank() || !pluginDataRoot.normalize().equals(folder.getParent())) {
            throw new IllegalArgumentException("Plugin id " + pluginId + " cannot name a data folder");
        }
        return folder;
    }

    @Override
    public Path pluginData() {
        try {
            return Files.createDirectories(pluginData);
        } catch (IOException e) {
            throw new UncheckedIOException("The plugin's data folder " + pluginData + " cannot be created", e);
        }
    }

    @Override
    public TerminalInfo terminal() {
        return Narrow.to(TerminalInfo.class, kiosk.terminal());
    }

    @Override
    public Locale shownLocale() {
        return kiosk.shownLocale();
    }

    @Override
    public Sessions sessions() {
        return Narrow.to(Sessions.class, kiosk.sessions());
    }

    @Override
    public Cashiers cashiers() {
        return Narrow.to(Cashiers.class, kiosk.cashiers());
    }

    @Override
    public Catalog catalog() {
        return Narrow.to(Catalog.class, kiosk.catalog());
    }

    @Override
    public Sales sales() {
        return Narrow.to(Sales.class, kiosk.sales());
    }

    @Override
    public CashDrawer drawer() {
        return new PluginDrawer(kiosk.drawer());
    }

    @Override
    public ReceiptPrinter printer() {
        return new PluginPrinter(kiosk.printer());
    }

    @Override
    public BadgeScans badgeScans() {
        return kiosk.badgeScansOf(pluginId);
    }

    @Override
    public ProductScans productScans() {
        return kiosk.productScansOf(pluginId);
    }

    @Override
    public Navigator navigator() {
        return Narrow.to(Navigator.class, kiosk.navigator());
    }

    @Override
    public BackOffice backOffice() {
        return Narrow.to(BackOffice.class, kiosk.backOffice());
    }

    @Override
    public Till till() {
        return Narrow.to(Till.class, kiosk.till());
    }

    @Override
    public Audit audit() {
        return Narrow.to(Audit.class, kiosk.audit());
    }

    @Override
    public Approvals approvals() {
        return Narrow.to(Approvals.class, kiosk.approvals());
    }

    @Override
    public Optional<CashierAuthenticator> authenticator() {
        return kiosk.authenticator();
    }

    @Override
    public void identify(CashierAuthenticator.Request request, Consumer<Optional<Identification>> done) {
        kiosk.identify(request, done);
    }

    @Override
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return kiosk.extensions(type);
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        if (lane == null) {
            kiosk.background(work, onSuccess, onFailure);
        } else {
            // The plugin's own lane: its slow work never queues in front of another plugin's sale.
            lane.run(work, onSuccess, onFailure);
        }
    }
}
