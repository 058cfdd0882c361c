package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.money.Denomination;
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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The parts of a kiosk the lock screen uses without a database: a navigator that shows and hides the lock screen as
 * the host does, the till, a badge reader in the test's hand. Background tasks are counted, not run: they are the
 * database's, which the end-to-end test drives. Event thread only.
 */
final class TestKiosk implements KioskContext {
    final TestBadgeScans badges = new TestBadgeScans();
    final List<String> routes = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    Optional<Cashier> atTill = Optional.empty();
    int backgroundTasks;
    private Screen lock;

    /** The lock screen, shown and hidden as the navigator goes to and from its route. */
    void install(LockScreen screen) {
        lock = screen;
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void show(String route) {
                String from = currentRoute();
                routes.add(route);
                if (lock != null && Routes.LOCK.equals(from)) {
                    lock.hidden();
                }
                if (lock != null && Routes.LOCK.equals(route)) {
                    lock.component();
                    lock.shown();
                }
            }

            @Override
            public String currentRoute() {
                return routes.isEmpty() ? Routes.DASHBOARD : routes.get(routes.size() - 1);
            }

            @Override
            public Overlay overlay(JComponent content) {
                throw new UnsupportedOperationException("the lock screen needs no overlay");
            }

            @Override
            public void message(String text) {
                throw new AssertionError("unexpected message: " + text);
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
    public TerminalInfo terminal() {
        return new TerminalInfo() {
            @Override
            public String name() {
                return "CHN LS Terminal 01";
            }

            @Override
            public Currency currency() {
                return Currency.getInstance("INR");
            }

            @Override
            public List<Denomination> denominations() {
                return List.of();
            }

            @Override
            public Locale locale() {
                return Locale.forLanguageTag("en-IN");
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Kolkata");
            }

            @Override
            public TerminalPolicy policy() {
                return new TerminalPolicy(Money.ofMajor(100, Currency.getInstance("INR")), false,
                        Money.ofMajor(5_000, Currency.getInstance("INR")), List.of(), List.of());
            }
        };
    }

    @Override
    public Catalog catalog() {
        throw new UnsupportedOperationException("the lock screen never touches the catalog");
    }

    @Override
    public Sales sales() {
        throw new UnsupportedOperationException("the lock screen never sells");
    }

    @Override
    public BadgeScans badgeScans() {
        return badges;
    }

    @Override
    public Audit audit() {
        return (event, detail) -> audited.add(event + ": " + detail);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return type == CashierAuthenticator.class && lock != null ? List.of((T) lock) : List.of();
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        backgroundTasks++;
    }

    @Override
    public Sessions sessions() {
        throw new UnsupportedOperationException("the lock screen never touches sessions");
    }

    @Override
    public Cashiers cashiers() {
        throw new UnsupportedOperationException("only from background tasks, which are not run here");
    }

    @Override
    public CashDrawer drawer() {
        throw new UnsupportedOperationException("the lock screen never touches the drawer");
    }
}
