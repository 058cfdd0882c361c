package app.tillpoint.plugins.selling;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.sale.Cart;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.Routes;
import net.miginfocom.swing.MigLayout;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.SwingConstants;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The register ({@link Routes#REGISTER}): the screen of the open session: a header, and the {@link SellPanel} with
 * the catalog and the cart; Pay cash runs a {@link PaymentFlow}. Without an open session it shows the dashboard;
 * with nobody at the till it asks the {@link CashierAuthenticator} first.
 */
@Extension
public class RegisterScreen implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterScreen.class);

    private final KioskContext ctx;
    private JPanel component;
    private RegisterHeader header;
    private JLabel body;
    private SellPanel sell;
    // Bumped on every show and hide, so that a load finishing after the screen was left is dropped.
    private long visit;

    public RegisterScreen(KioskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public String route() {
        return Routes.REGISTER;
    }

    @Override
    public JComponent component() {
        if (component == null) {
            header = new RegisterHeader(() -> ctx.extensions(MenuEntry.class), this::perform);
            body = new JLabel(" ", SwingConstants.CENTER);
            body.putClientProperty("FlatLaf.styleClass", "h3");
            sell = new SellPanel(ctx.terminal().currency(), ctx.terminal().locale(), this::pay);
            component = new JPanel(new MigLayout("fill, insets 0, wrap 1, hidemode 2", "[grow, fill]",
                    "[][][][grow, fill]"));
            component.add(header, "growx");
            component.add(new JSeparator(), "growx");
            component.add(body, "growx, wmin 0");
            component.add(sell, "grow, wmin 0, hmin 0");
        }
        return component;
    }

    @Override
    public void shown() {
        component();
        long mine = ++visit;
        header.clear(ctx.terminal());
        status("Loading the session\u2026");
        ctx.background(() -> ctx.sessions().current(),
                current -> {
                    if (mine == visit) {
                        show(current);
                    }
                },
                failure -> {
                    LOG.error("Could not load the open session", failure);
                    ctx.audit().record("selling.load.failed", String.valueOf(failure));
                    if (mine == visit) {
                        status("Could not load the session: " + failure.getMessage());
                    }
                });
    }

    @Override
    public void hidden() {
        visit++;
    }

    private void show(Optional<Session> current) {
        if (current.isEmpty() || !current.get().isOpen()) {
            ctx.navigator().showDashboard();
            return;
        }
        header.show(ctx.terminal(), current.get(), ctx.till().cashier());
        status(null);
        loadCatalog();
        if (ctx.till().cashier().isEmpty()) {
            identify();
        }
    }

    private void loadCatalog() {
        long mine = visit;
        ctx.background(() -> new Catalogue(ctx.catalog().categories(), ctx.catalog().products()),
                catalogue -> {
                    if (mine == visit) {
                        sell.showCatalog(catalogue.categories(), catalogue.products());
                    }
                },
                failure -> {
                    LOG.error("Could not load the catalog", failure);
                    ctx.audit().record("selling.catalog.failed", String.valueOf(failure));
                    if (mine == visit) {
                        sell.showCatalogFailure("Could not load the products: " + failure.getMessage());
                    }
                });
    }

    private void pay(Cart cart) {
        Optional<Cashier> atTill = ctx.till().cashier();
        if (atTill.isEmpty()) {
            identify();
            return;
        }
        new PaymentFlow(ctx, atTill.get(), cart, order -> sell.sold(order.change())).start();
    }

    /** Shows {@code text} above the register, or nothing for null. */
    private void status(String text) {
        body.setText(text == null ? " " : text);
        body.setVisible(text != null);
    }

    /** The catalog as loaded in one background task. */
    private record Catalogue(List<String> categories, List<Product> products) {
    }

    private void identify() {
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            status("Nobody is at the till, and no way to identify a cashier is installed.");
            return;
        }
        authenticator.get().identify(CashierAuthenticator.Request.anyCashier("Register"), cashier -> {
            if (cashier.isPresent()) {
                ctx.till().signIn(cashier.get());
                ctx.navigator().show(Routes.REGISTER);
            } else {
                ctx.navigator().showDashboard();
            }
        });
    }

    private void perform(MenuEntry entry) {
        try {
            entry.perform();
        } catch (RuntimeException e) {
            LOG.error("Menu entry {} failed", entry.id(), e);
            ctx.audit().record("selling.menu.failed", entry.id() + ": " + e);
            ctx.navigator().message(entry.label() + " did not work: " + e.getMessage());
        }
    }
}
