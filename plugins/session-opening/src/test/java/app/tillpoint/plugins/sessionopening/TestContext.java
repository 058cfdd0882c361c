package app.tillpoint.plugins.sessionopening;

import app.tillpoint.api.catalog.Catalog;
import app.tillpoint.api.sale.Sales;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.session.CashMoveRequest;
import app.tillpoint.api.session.Closing;
import app.tillpoint.api.session.ClosingRequest;
import app.tillpoint.api.session.SessionSummary;
import app.tillpoint.api.terminal.TerminalPolicy;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.device.CashDrawer;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.money.Denomination;
import app.tillpoint.api.session.LastClosing;
import app.tillpoint.api.session.OpeningRequest;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionAlreadyOpenException;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.session.Sessions;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Navigator;
import app.tillpoint.api.terminal.Overlay;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.terminal.Till;
import org.pf4j.ExtensionPoint;

import javax.swing.JComponent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * A kiosk context for the flow tests: it records what the plugin asks of the host (screens, overlays, messages,
 * sign-ins, audit rows, openings) and runs background work at once. The real host and database are driven by the
 * kiosk's end-to-end test.
 */
final class TestContext implements KioskContext {
    final List<String> shown = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<TestOverlay> overlays = new ArrayList<>();
    final List<Cashier> signedIn = new ArrayList<>();
    final List<String> audit = new ArrayList<>();
    final List<OpeningRequest> openings = new ArrayList<>();
    final Map<Class<?>, List<Object>> extensions = new HashMap<>();
    Optional<LastClosing> lastClosing = Optional.empty();
    /** What Sessions.open throws instead of opening, if set. */
    Exception openFailure;
    DeviceException drawerFailure;
    int drawerKicks;

    <T extends ExtensionPoint> TestContext with(Class<T> type, T extension) {
        extensions.computeIfAbsent(type, t -> new ArrayList<>()).add(extension);
        return this;
    }

    TestOverlay lastOverlay() {
        return overlays.get(overlays.size() - 1);
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
                return TestTerminal.INR;
            }

            @Override
            public List<Denomination> denominations() {
                return TestTerminal.emptyInr().denominations();
            }

            @Override
            public Locale locale() {
                return TestTerminal.EN_IN;
            }

            @Override
            public ZoneId zone() {
                return ZoneId.of("Asia/Kolkata");
            }

            @Override
            public TerminalPolicy policy() {
                return new TerminalPolicy(TestTerminal.rupees(100), false, TestTerminal.rupees(5_000), List.of(),
                        List.of());
            }
        };
    }

    @Override
    public Sessions sessions() {
        return new Sessions() {
            @Override
            public Optional<Session> current() {
                return Optional.empty();
            }

            @Override
            public Optional<LastClosing> lastClosing() {
                return lastClosing;
            }

            @Override
            public Session open(OpeningRequest request) throws SessionAlreadyOpenException {
                if (openFailure instanceof SessionAlreadyOpenException already) {
                    throw already;
                }
                if (openFailure instanceof RuntimeException failure) {
                    throw failure;
                }
                openings.add(request);
                return session(openings.size(), request.cashier());
            }

            @Override
            public CashMove moveCash(CashMoveRequest request) {
                throw new UnsupportedOperationException("session-opening moves no cash");
            }

            @Override
            public List<CashMove> cashMoves(long sessionId) {
                throw new UnsupportedOperationException("session-opening moves no cash");
            }

            @Override
            public SessionSummary summary(long sessionId) {
                throw new UnsupportedOperationException("session-opening shows no summary");
            }

            @Override
            public Closing close(ClosingRequest request) {
                throw new UnsupportedOperationException("session-opening closes nothing");
            }

            @Override
            public Optional<Closing> closing(long sessionId) {
                throw new UnsupportedOperationException("session-opening closes nothing");
            }
        };
    }

    static Session session(long id, Cashier cashier) {
        return new Session(id, SessionState.OPEN, Instant.parse("2026-11-26T03:44:00Z"), cashier,
                TestTerminal.rupees(0), Optional.empty(), "", Optional.empty(), Optional.empty());
    }

    @Override
    public Catalog catalog() {
        throw new UnsupportedOperationException("session-opening sells nothing");
    }

    @Override
    public Sales sales() {
        throw new UnsupportedOperationException("session-opening sells nothing");
    }

    @Override
    public Cashiers cashiers() {
        throw new UnsupportedOperationException("session-opening does not look cashiers up itself");
    }

    @Override
    public CashDrawer drawer() {
        return new CashDrawer() {
            @Override
            public void open() throws DeviceException {
                drawerKicks++;
                if (drawerFailure != null) {
                    throw drawerFailure;
                }
            }

            @Override
            public OpenState openState() {
                return OpenState.UNKNOWN;
            }

            @Override
            public boolean waitForClose(Duration timeout) {
                return false;
            }

            @Override
            public DeviceStatus status() {
                return new DeviceStatus("Cash drawer", DeviceStatus.State.SIMULATED, "");
            }

            @Override
            public void close() {
                // Nothing to release.
            }
        };
    }

    @Override
    public BadgeScans badgeScans() {
        throw new UnsupportedOperationException("session-opening does not read badges itself");
    }

    @Override
    public Navigator navigator() {
        return new Navigator() {
            @Override
            public void show(String route) {
                shown.add(route);
            }

            @Override
            public String currentRoute() {
                return shown.isEmpty() ? "dashboard" : shown.get(shown.size() - 1);
            }

            @Override
            public Overlay overlay(JComponent content) {
                TestOverlay overlay = new TestOverlay(content);
                overlays.add(overlay);
                return overlay;
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
                return signedIn.isEmpty() ? Optional.empty() : Optional.of(signedIn.get(signedIn.size() - 1));
            }

            @Override
            public void signIn(Cashier cashier) {
                signedIn.add(cashier);
            }

            @Override
            public void signOut() {
                signedIn.clear();
            }
        };
    }

    @Override
    public Audit audit() {
        return (event, detail) -> audit.add(event + ": " + detail);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends ExtensionPoint> List<T> extensions(Class<T> type) {
        return extensions.getOrDefault(type, List.of()).stream().map(e -> (T) e).toList();
    }

    @Override
    public <T> void background(Callable<T> work, Consumer<? super T> onSuccess,
                               Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    /** An overlay that only remembers its content and whether it was closed. */
    static final class TestOverlay implements Overlay {
        final JComponent content;
        private boolean open = true;

        TestOverlay(JComponent content) {
            this.content = content;
        }

        @Override
        public void close() {
            open = false;
        }

        @Override
        public boolean isOpen() {
            return open;
        }
    }
}
