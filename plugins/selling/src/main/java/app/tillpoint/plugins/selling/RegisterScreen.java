package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.flow.TakeTheTill;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import com.formdev.flatlaf.util.UIScale;
import net.miginfocom.swing.MigLayout;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The register ({@link Routes#REGISTER}): the screen of the open session: a header, and the {@link SellPanel} with
 * the catalog and the cart; Pay cash runs a {@link PaymentFlow}; a product scanned is added ({@link ProductScanning}). Without an open session it shows the dashboard;
 * with nobody at the till it asks the {@link CashierAuthenticator} first. It speaks the language of the cashier at the
 * till ({@link KioskContext#shownLocale}), built again in another when the cashier changes, with the cart kept.
 */
@Extension
public class RegisterScreen implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterScreen.class);

    private final KioskContext kiosk;
    private JPanel component;
    private RegisterHeader header;
    private JLabel body;
    private JLabel recovered;
    private SellPanel sell;
    /** The locale the register's parts were built in: the cashier's at the till, or the terminal's. */
    private Locale builtIn;
    private ProductScanning scanning;
    /** The tiles' pictures, kept across the register's rebuilds in another language. */
    private TileImages pictures;
    /** The back office link's changes, heard while the register is shown. */
    private Subscription link;
    private Catalogue catalogue = new Catalogue(List.of(), List.of());
    /** When this run of the kiosk made the register: a session opened before it was open across a restart. */
    private final Instant started = Instant.now();
    private boolean recoveredChecked;
    // Bumped on every show and hide, so that a load finishing after the screen was left is dropped.
    private long visit;

    public RegisterScreen(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String route() {
        return Routes.REGISTER;
    }

    @Override
    public JComponent component() {
        if (component == null) {
            component = new JPanel(new MigLayout("fill, insets 0, wrap 1, hidemode 2", "[grow, fill]",
                    "[][][][grow, fill]"));
            scanning = new ProductScanning(kiosk, product -> sell.add(product),
                    (product, measure) -> sell.addMeasured(product, measure), text -> sell.say(text),
                    () -> ScanningDialog.shownOver(component));
            build(kiosk.shownLocale());
        }
        return component;
    }

    /**
     * The screens speak {@code locale} now (a cashier of another language took the till, or it was left): the
     * register is built again in it when it is shown next, or at once if it is shown now.
     */
    @Override
    public void localeChanged(Locale locale) {
        if (component != null && component.isShowing() && !locale.equals(builtIn)) {
            build(locale);
            shown();
        }
    }

    /**
     * Builds the register's parts in {@code locale}, into the same component: the cart and what was loaded carry over
     * (the cashier taking the till goes on with the sale), the texts, amounts and fonts are the new language's.
     */
    private void build(Locale locale) {
        builtIn = locale;
        Cart carried = sell == null ? null : sell.cart();
        String recoveredText = recovered == null ? " " : recovered.getText();
        boolean recoveredShown = recovered != null && recovered.isVisible();
        component.removeAll();
        header = new RegisterHeader(() -> kiosk.extensions(MenuEntry.class), this::perform);
        body = new JLabel(" ", SwingConstants.CENTER);
        Style.classes(body, Style.H3);
        sell = new SellPanel(kiosk.terminal().currency(), kiosk.terminal().taxRule(), locale, this::pay);
        if (pictures == null) {
            pictures = new TileImages(UIScale.scale(SellPanel.PICTURE_SIZE));
        }
        sell.usePictures(pictures);
        sell.onPriceChange(change -> new DiscountFlow(kiosk, sell.cart(), change, sell::apply).start());
        sell.onSearch(() -> SearchPanel.open(kiosk.navigator(), catalogue.categories(), catalogue.products(),
                locale, sell::add));
        recovered = new JLabel(recoveredText, SwingConstants.CENTER);
        recovered.setName(Names.REGISTER_RECOVERED);
        Style.classes(recovered, Style.H3);
        recovered.setVisible(recoveredShown);
        component.add(header, "growx");
        component.add(body, "growx, wmin 0");
        component.add(recovered, "growx, wmin 0");
        component.add(sell, "grow, wmin 0, hmin 0");
        if (!catalogue.products().isEmpty()) {
            sell.showCatalog(catalogue.categories(), catalogue.products());
        }
        if (carried != null) {
            sell.adopt(carried);
        }
        component.revalidate();
        component.repaint();
    }

    @Override
    public void shown() {
        component();
        if (!kiosk.shownLocale().equals(builtIn)) {
            build(kiosk.shownLocale());
        }
        long mine = ++visit;
        scanning.start();
        header.clear(kiosk.terminal(), builtIn);
        header.showLink(kiosk.backOffice().link());
        if (link != null) {
            link.close();
        }
        link = kiosk.backOffice().onChange(state -> header.showLink(state));
        status(texts().get("register.loading"));
        // The session and the catalog in one trip to the background: the register is whole at its first paint.
        kiosk.background(this::load,
                loaded -> {
                    if (mine == visit) {
                        show(loaded);
                    }
                },
                failure -> {
                    LOG.error("Could not load the open session", failure);
                    kiosk.audit().record("selling.load.failed", String.valueOf(failure));
                    if (mine == visit) {
                        status(texts().get("register.loadFailed", String.valueOf(failure.getMessage())));
                    }
                });
    }

    /** The open session, and with one the catalog or why it could not be read. Blocking: in the background. */
    private Loaded load() {
        Optional<Session> current = kiosk.sessions().current();
        if (current.isEmpty() || !current.get().isOpen()) {
            return new Loaded(current, Optional.empty(), Optional.empty());
        }
        try {
            return new Loaded(current, Optional.of(new Catalogue(kiosk.catalog().categories(),
                    kiosk.catalog().products())), Optional.empty());
        } catch (RuntimeException e) {
            return new Loaded(current, Optional.empty(), Optional.of(e));
        }
    }

    @Override
    public void hidden() {
        visit++;
        scanning.stop();
        if (link != null) {
            link.close();
            link = null;
        }
    }

    private void show(Loaded loaded) {
        Optional<Session> current = loaded.current();
        if (current.isEmpty() || !current.get().isOpen()) {
            kiosk.navigator().showDashboard();
            return;
        }
        header.show(kiosk.terminal(), builtIn, current.get(), kiosk.till().cashier());
        header.showDrawer(kiosk.drawer().status());
        status(null);
        showRecovered(current.get());
        loaded.catalogue().ifPresent(catalogue -> sell.showCatalog(catalogue.categories(), catalogue.products()));
        loaded.catalogue().ifPresent(catalogue -> this.catalogue = catalogue);
        loaded.catalogFailure().ifPresent(failure -> {
            LOG.error("Could not load the catalog", failure);
            kiosk.audit().record("selling.catalog.failed", String.valueOf(failure));
            sell.showCatalogFailure(texts().get("register.productsFailed", String.valueOf(failure.getMessage())));
        });
        if (kiosk.till().cashier().isEmpty()) {
            identify();
        }
    }

    private void pay(Cart cart) {
        Optional<Cashier> atTill = kiosk.till().cashier();
        if (atTill.isEmpty()) {
            identify();
            return;
        }
        new PaymentFlow(kiosk, atTill.get(), cart, order -> {
            recovered.setVisible(false);
            sell.sold(order.change());
        }).start();
    }

    /** Shows {@code text} above the register, or nothing for null. */
    private void status(String text) {
        body.setText(text == null ? " " : text);
        body.setVisible(text != null);
    }

    /** The catalog as loaded in one background task. */
    private record Catalogue(List<String> categories, List<Product> products) {
    }

    private record Loaded(Optional<Session> current, Optional<Catalogue> catalogue,
                          Optional<RuntimeException> catalogFailure) {
    }

    private void identify() {
        if (kiosk.authenticator().isEmpty()) {
            status(texts().get("register.noIdentification"));
            return;
        }
        TakeTheTill.thenRegister(kiosk, texts().get("register.purpose"));
    }

    /**
     * The first time the register shows a session that was open before this run of the kiosk, what was stored last
     * before the restart (an order, a cash move, or the opening itself), so that a sale the kiosk stored but never
     * confirmed is not charged twice.
     */
    private void showRecovered(Session session) {
        if (recoveredChecked) {
            return;
        }
        recoveredChecked = true;
        if (!session.openedAt().isBefore(started)) {
            return;
        }
        long mine = visit;
        kiosk.background(() -> Recovered.lastStored(session, kiosk.sales().orders(session.id()),
                        kiosk.sessions().cashMoves(session.id()), kiosk.terminal()),
                text -> {
                    if (mine == visit) {
                        recovered.setText(text);
                        recovered.setVisible(true);
                    }
                },
                failure -> LOG.warn("Could not read what was stored before the restart", failure));
    }

    private void perform(MenuEntry entry) {
        try {
            entry.perform();
        } catch (RuntimeException e) {
            LOG.error("Menu entry {} failed", entry.id(), e);
            kiosk.audit().record("selling.menu.failed", entry.id() + ": " + e);
            kiosk.navigator().message(texts().get("register.entryFailed", entry.label(), String.valueOf(e.getMessage())));
        }
    }

    private Texts texts() {
        return Texts.of(RegisterScreen.class, builtIn == null ? kiosk.shownLocale() : builtIn);
    }
}
