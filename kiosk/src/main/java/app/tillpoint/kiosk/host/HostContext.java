package app.tillpoint.kiosk.host;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.Approvals;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** The {@link KioskContext} every extension receives: the kiosk's services, as built by the launcher. */
public record HostContext(TerminalInfo terminal, Sessions sessions, Cashiers cashiers, Catalog catalog, Sales sales,
                          CashDrawer drawer, BadgeScans badgeScans, Navigator navigator, Till till, Audit audit,
                          Approvals approvals, PluginHost plugins, BackgroundTasks tasks) implements KioskContext {

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
