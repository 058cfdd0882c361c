package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The parts of a kiosk these extensions use, recording what they are asked: where the navigator went, who is at
 * the till, and what was asked of the authenticator, which answers as the test says. Services these extensions must
 * not touch throw.
 */
final class TestKiosk implements KioskContext {
    final List<String> routes = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<String> purposes = new ArrayList<>();
    Optional<Cashier> atTill = Optional.empty();
    private final List<CashierAuthenticator> authenticators = new ArrayList<>();

    /** The cashier who identifies next; empty: they cancel. */
    TestKiosk identifying(Optional<Cashier> answer) {
        authenticators.add((request, done) -> {
            purposes.add(request.purpose());
            routes.add(Routes.LOCK);
            done.accept(answer);
        });
        return this;
    }

    TestKiosk withAtTill(Cashier cashier) {
        atTill = Optional.of(cashier);
        return this;
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void show(String route) {
                routes.add(route);
            }

            @Override
            public String currentRoute() {
                return routes.isEmpty() ? Routes.DASHBOARD : routes.get(routes.size() - 1);
            }

            @Override
            public Overlay overlay(JComponent content) {
                throw new UnsupportedOperationException("no overlays here");
            }

            @Override
            public void message(String text) {
                messages.add(text);
            }
        };
    }

    @Override
    public Till till() {
        return new Till() {
            @Override
            public Optional<Cashier> cashier() {
                return atTill;
            }

            @Override
            public void signIn(Cashier cashier) {
                atTill = Optional.of(cashier);
            }

            @Override
            public void signOut() {
                atTill = Optional.empty();
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return type == CashierAuthenticator.class ? (List<T>) List.copyOf(authenticators) : List.of();
    }

    @Override
    public TerminalInfo terminal() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Sessions sessions() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Catalog catalog() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Sales sales() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Cashiers cashiers() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public CashDrawer drawer() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public BadgeScans badgeScans() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public Audit audit() {
        throw new UnsupportedOperationException("not used");
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        throw new UnsupportedOperationException("not used");
    }
}
