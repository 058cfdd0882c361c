package app.tillpoint.plugins.selling;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.Screen;
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
import java.util.Objects;
import java.util.Optional;

/**
 * The register ({@link Routes#REGISTER}): the screen of the open session. For now a header and a note that selling
 * arrives in a later release. Without an open session it shows the dashboard; with nobody at the till it asks the
 * {@link CashierAuthenticator} first.
 */
@Extension
public class RegisterScreen implements Screen {
    private static final Logger LOG = LoggerFactory.getLogger(RegisterScreen.class);

    private final KioskContext ctx;
    private JPanel component;
    private RegisterHeader header;
    private JLabel body;
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
            body.putClientProperty("FlatLaf.styleClass", "h2");
            component = new JPanel(new MigLayout("fill, insets 0, wrap 1", "[grow, fill]", "[][][grow, fill]"));
            component.add(header, "growx");
            component.add(new JSeparator(), "growx");
            component.add(body, "grow");
        }
        return component;
    }

    @Override
    public void shown() {
        component();
        long mine = ++visit;
        header.clear(ctx.terminal());
        body.setText("Loading the session\u2026");
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
                        body.setText("Could not load the session: " + failure.getMessage());
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
        body.setText("Selling arrives in a later release.");
        if (ctx.till().cashier().isEmpty()) {
            identify();
        }
    }

    private void identify() {
        var authenticator = ctx.extensions(CashierAuthenticator.class).stream().findFirst();
        if (authenticator.isEmpty()) {
            body.setText("Nobody is at the till, and no way to identify a cashier is installed.");
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
