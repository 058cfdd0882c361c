package app.tillpoint.api;

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

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * What the host hands to every extension: the services of the terminal. An extension receives it through a public
 * constructor taking a {@code KioskContext} (the host's extension factory calls it); a no-argument constructor is
 * also accepted. Never through a static.
 *
 * <p>Each service is exactly its interface: the host hands out views that implement it and nothing else, so a cast
 * to a class of the kiosk fails. Administration (adding cashiers, setting PINs, enabling plugins) is not among them.
 */
public interface KioskContext {

    /** The message shown when no plugin can identify cashiers. @since 1.2 */
    String NO_AUTHENTICATOR = "Nobody can identify here: the badge-login plugin, which identifies cashiers, is not "
            + "installed.";

    /**
     * This till as configured: name, currency, denominations, locale, zone and policy. Never blocks.
     *
     * @return the terminal's configuration, the same for the life of the kiosk
     * @since 1.0
     */
    TerminalInfo terminal();

    /**
     * The language the screens speak now, and how they write numbers: the language of the cashier at the till (set
     * per cashier) with the terminal's country, e.g. {@code hi-IN} for a Hindi-speaking cashier on an {@code en-IN}
     * terminal; the terminal's own {@link TerminalInfo#locale()} when nobody is at the till or the cashier has no
     * language of their own. Amounts stay in the terminal's currency. It changes when a cashier signs in or out, and
     * the host then tells every built screen ({@link Screen#localeChanged}). Receipts and other printed slips keep the
     * terminal's locale. Never blocks.
     *
     * <p>A default method, so that a {@code KioskContext} written against 1.3 still compiles: the terminal's locale.
     *
     * @return the locale of the screens now
     * @since 1.4
     */
    default Locale shownLocale() {
        return terminal().locale();
    }

    /**
     * The back office as this terminal sees it: whether its changes reach the office, read-only. Never blocks.
     *
     * <p>A default method, so that a {@code KioskContext} written against 1.3 still compiles: no back office.
     *
     * @return the link's state and its changes
     * @since 1.4
     */
    default BackOffice backOffice() {
        return BackOffice.none();
    }

    /**
     * The terminal's sessions. Blocks on the database: call inside {@link #background}.
     *
     * @return the sessions, which take a change with money only in the name of the cashier at the till
     * @since 1.0
     */
    Sessions sessions();

    /**
     * The people who may use this till. Blocks on the database: call inside {@link #background}.
     *
     * @return the host's cashiers, which look up and check badges and PINs
     * @since 1.0
     */
    Cashiers cashiers();

    /**
     * The products on sale. Blocks on the database: call inside {@link #background}.
     *
     * @return the catalog, as last imported
     * @since 1.1
     */
    Catalog catalog();

    /**
     * Selling in the open session. Blocks on the database: call inside {@link #background}.
     *
     * @return the sales, which store a sale only in the name of the cashier at the till
     * @since 1.1
     */
    Sales sales();

    /**
     * The till's cash drawer. Its methods block on the device: call them inside {@link #background}.
     *
     * @return the drawer the terminal is configured with: ESC/POS, JavaPOS or simulated
     * @since 1.0
     */
    CashDrawer drawer();

    /**
     * The till's receipt printer. Its methods block on the device: call them off the event thread (inside
     * {@link #background}, or a {@link SessionListener}'s call). The host gives each call a time-out, so a printer that
     * hangs answers {@link app.tillpoint.api.device.ReceiptPrinter.State#OFFLINE} at worst.
     *
     * <p>A default method, so that a {@code KioskContext} written against 1.2 still compiles; the host's overrides it.
     *
     * @return the printer the terminal is configured with: ESC/POS, or simulated
     * @throws UnsupportedOperationException from this default, in a context that has no printer
     * @since 1.3
     */
    default ReceiptPrinter printer() {
        throw new UnsupportedOperationException("This host has no receipt printer");
    }

    /**
     * The badges scanned on this terminal, delivered on the event thread to the plugin whose screen is shown.
     *
     * @return the badge scans, to subscribe to while a screen of this plugin takes badges
     * @since 1.0
     */
    BadgeScans badgeScans();

    /**
     * The product barcodes scanned on this terminal, delivered on the event thread to the plugin whose screen is
     * shown.
     *
     * <p>A default method, so that a {@code KioskContext} written against 1.2 (a test double of your own) still
     * compiles; the default throws, and the host's context overrides it.
     *
     * @return the product scans, to subscribe to while a screen of this plugin sells
     * @throws UnsupportedOperationException from this default, in a context without a product scanner
     * @since 1.3
     */
    default ProductScans productScans() {
        throw new UnsupportedOperationException("This host has no product scans");
    }

    /**
     * Shows screens by route and dialogs as overlays. Event thread only.
     *
     * @return the kiosk window's navigator
     * @since 1.0
     */
    Navigator navigator();

    /**
     * Who is at the till. Event thread only.
     *
     * @return the till, where a cashier signs in with an identification and out when they leave
     * @since 1.0
     */
    Till till();

    /**
     * The append-only audit trail. Never blocks; any thread.
     *
     * @return the terminal's audit trail
     * @since 1.0
     */
    Audit audit();

    /**
     * Asks a head cashier on this screen to approve what a cashier may not do alone. Event thread only.
     *
     * @return the host's approvals, the only source of an {@link app.tillpoint.api.session.Approval} it accepts
     * @throws UnsupportedOperationException from this default, in a context that issues no approvals (a test double
     *                                       written against 1.1); the host's context overrides it
     * @since 1.2
     */
    default Approvals approvals() {
        throw new UnsupportedOperationException("This host issues no approvals");
    }

    /**
     * The working extensions of {@code type} from every started plugin, in a stable order. This is how plugins use
     * each other: e.g. session-opening asks for a {@link CashCounter}; if there is none, it degrades.
     *
     * @param <T>  the extension point
     * @param type the extension point's interface, e.g. {@code CashCounter.class}
     * @return the extensions, empty if no started plugin provides one
     * @since 1.0
     */
    <T extends ExtensionPoint> List<T> extensions(Class<T> type);

    /**
     * The first working {@link CashierAuthenticator}, if a plugin provides one. Event thread.
     *
     * @return the first of {@link #extensions}{@code (CashierAuthenticator.class)}; empty if no plugin provides one
     * @since 1.2
     */
    default Optional<CashierAuthenticator> authenticator() {
        return extensions(CashierAuthenticator.class).stream().findFirst();
    }

    /**
     * Asks a cashier to identify on the lock screen, then calls {@code done} on the event thread with their
     * identification, or empty if they cancelled. If no plugin can identify cashiers, the cashier is told so
     * ({@link #NO_AUTHENTICATOR}) and {@code done} is not called. Event thread.
     *
     * @param request who is asked for: the purpose shown and the roles accepted
     * @param done    called once, on the event thread, unless no plugin can identify cashiers
     * @since 1.2
     */
    default void identify(CashierAuthenticator.Request request, Consumer<Optional<Identification>> done) {
        Optional<CashierAuthenticator> authenticator = authenticator();
        if (authenticator.isEmpty()) {
            navigator().message(NO_AUTHENTICATOR);
            return;
        }
        authenticator.get().authenticate(request, done);
    }

    /**
     * Runs {@code work} on a background thread (database, devices), then {@code onSuccess} or {@code onFailure} on the
     * event thread. Tasks run one at a time, in the order given, on the one background thread the kiosk and all its
     * plugins share: keep each task short.
     *
     * @param <T>       what the work returns
     * @param work      the blocking work; runs on the background thread
     * @param onSuccess called on the event thread with what {@code work} returned (null too)
     * @param onFailure called on the event thread with the exception {@code work} threw; the host may wrap it, so
     *                  look for a {@link Refusal}, an expected answer, with
     *                  {@link app.tillpoint.api.flow.Failures#find}
     * @since 1.0
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
     * @return the folder, which exists
     * @throws java.io.UncheckedIOException  if the folder cannot be created
     * @throws UnsupportedOperationException if this context belongs to no plugin
     * @since 1.2
     */
    default Path pluginData() {
        throw new UnsupportedOperationException("This KioskContext belongs to no plugin, so it has no data folder");
    }
}
