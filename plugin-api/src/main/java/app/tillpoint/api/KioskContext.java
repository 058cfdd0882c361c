package app.tillpoint.api;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What the host hands to every extension: the services of the terminal. An extension receives it through a public
 * constructor taking a {@code KioskContext} (the host's extension factory calls it); a no-argument constructor is
 * also accepted. Never through a static.
 */
public interface KioskContext {

    TerminalInfo terminal();

    Sessions sessions();

    Cashiers cashiers();

    /** The products on sale. Since API 1.1. */
    Catalog catalog();

    /** Selling in the open session. Since API 1.1. */
    Sales sales();

    CashDrawer drawer();

    BadgeScans badgeScans();

    Navigator navigator();

    Till till();

    Audit audit();

    /**
     * The working extensions of {@code type} from every started plugin, in a stable order. This is how plugins use
     * each other: e.g. session-opening asks for a {@link CashCounter}; if there is none, it degrades.
     */
    <T extends ExtensionPoint> List<T> extensions(Class<T> type);

    /**
     * Runs {@code work} on a background thread (database, devices), then {@code onSuccess} or {@code onFailure} on the
     * event thread. Tasks run one at a time, in the order given.
     */
    <T> void background(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    /**
     * This plugin's own data folder, {@code <data dir>/plugin-data/<plugin id>/}, for its settings and its output;
     * created on the first call. The host never deletes or changes it: not when the plugin is installed, upgraded (a
     * newer zip replaces the plugin's folder in {@code plugins/}, never this one), disabled or uninstalled. Read and
     * write it off the event thread, in {@link #background} or a {@link SessionListener}.
     *
     * <p>A default method, so that a {@code KioskContext} written against 1.1 (a test double of your own) still
     * compiles; the default throws, and the host's context of each plugin overrides it.
     *
     * @throws java.io.UncheckedIOException if the folder cannot be created
     * @throws UnsupportedOperationException if this context belongs to no plugin
     * @since 1.2
     */
    default Path pluginData() {
        throw new UnsupportedOperationException("This KioskContext belongs to no plugin, so it has no data folder");
    }
}
