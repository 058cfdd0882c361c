package app.tillpoint.kiosk.host;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashiers;
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

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The kiosk's services as the launcher built them: the host's own {@link KioskContext} (Exit, approvals, the idle
 * lock). No plugin is handed this: each gets a {@link PluginContext}, which hands out narrow views of these services.
 */
public final class HostContext implements KioskContext {
    private final TerminalInfo terminal;
    private final Sessions sessions;
    private final Cashiers cashiers;
    private final Catalog catalog;
    private final Sales sales;
    private final CashDrawer drawer;
    private final BadgeHub badges;
    private final Navigator navigator;
    private final Till till;
    private final Audit audit;
    private final Approvals approvals;
    private final PluginHost plugins;
    private final BackgroundTasks tasks;
    private final ReceiptPrinter printer;
    private final ProductHub products;
    private final BackOffice backOffice;

    /**
     * A kiosk without a receipt printer or product scans: {@link #printer()} and {@link #productScans()} throw, as
     * {@code KioskContext}'s defaults do.
     */
    public HostContext(TerminalInfo terminal, Sessions sessions, Cashiers cashiers, Catalog catalog, Sales sales,
                       CashDrawer drawer, BadgeHub badges, Navigator navigator, Till till, Audit audit,
                       Approvals approvals, PluginHost plugins, BackgroundTasks tasks) {
        this(terminal, sessions, cashiers, catalog, sales, drawer, badges, navigator, till, audit, approvals, plugins,
                tasks, null, null);
    }

    /**
     * @param printer  the receipt printer; null for a host without one
     * @param products the product scans; null for a host without them
     */
    public HostContext(TerminalInfo terminal, Sessions sessions, Cashiers cashiers, Catalog catalog, Sales sales,
                       CashDrawer drawer, BadgeHub badges, Navigator navigator, Till till, Audit audit,
                       Approvals approvals, PluginHost plugins, BackgroundTasks tasks, ReceiptPrinter printer,
                       ProductHub products) {
        this(terminal, sessions, cashiers, catalog, sales, drawer, badges, navigator, till, audit, approvals, plugins,
                tasks, printer, products, BackOffice.none());
    }

    /** @param backOffice the back office link as the kiosk's office sender last stood */
    public HostContext(TerminalInfo terminal, Sessions sessions, Cashiers cashiers, Catalog catalog, Sales sales,
                       CashDrawer drawer, BadgeHub badges, Navigator navigator, Till till, Audit audit,
                       Approvals approvals, PluginHost plugins, BackgroundTasks tasks, ReceiptPrinter printer,
                       ProductHub products, BackOffice backOffice) {
        this.backOffice = backOffice;
        this.products = products;
        this.terminal = terminal;
        this.sessions = sessions;
        this.cashiers = cashiers;
        this.catalog = catalog;
        this.sales = sales;
        this.drawer = drawer;
        this.badges = badges;
        this.navigator = navigator;
        this.till = till;
        this.audit = audit;
        this.approvals = approvals;
        this.plugins = plugins;
        this.tasks = tasks;
        this.printer = printer;
    }

    @Override
    public TerminalInfo terminal() {
        return terminal;
    }

    /** The language of the cashier at the till ({@link TillState#shownLocale}), or the terminal's. */
    @Override
    public Locale shownLocale() {
        return till instanceof TillState state ? state.shownLocale() : terminal.locale();
    }

    @Override
    public Sessions sessions() {
        return sessions;
    }

    @Override
    public Cashiers cashiers() {
        return cashiers;
    }

    @Override
    public Catalog catalog() {
        return catalog;
    }

    @Override
    public Sales sales() {
        return sales;
    }

    @Override
    public CashDrawer drawer() {
        return drawer;
    }

    @Override
    public ReceiptPrinter printer() {
        if (printer == null) {
            return KioskContext.super.printer();
        }
        return printer;
    }

    /** The host's own badge scans, for its own screens. */
    @Override
    public BadgeScans badgeScans() {
        return badges;
    }

    /** The badge scans of plugin {@code pluginId}: delivered while one of its screens is shown. */
    BadgeScans badgeScansOf(String pluginId) {
        return badges.forPlugin(pluginId);
    }

    /** The host's own product scans. */
    @Override
    public ProductScans productScans() {
        if (products == null) {
            return KioskContext.super.productScans();
        }
        return products;
    }

    /** The product scans of plugin {@code pluginId}: delivered while one of its screens is shown. */
    ProductScans productScansOf(String pluginId) {
        return products == null ? KioskContext.super.productScans() : products.forPlugin(pluginId);
    }

    @Override
    public Navigator navigator() {
        return navigator;
    }

    @Override
    public Till till() {
        return till;
    }

    @Override
    public BackOffice backOffice() {
        return backOffice;
    }

    @Override
    public Audit audit() {
        return audit;
    }

    @Override
    public Approvals approvals() {
        return approvals;
    }

    @Override
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return plugins.extensions(type);
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        tasks.run(work, onSuccess, onFailure);
    }
}
