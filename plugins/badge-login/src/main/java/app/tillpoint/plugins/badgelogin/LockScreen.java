package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.terminal.Routes;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lock screen ({@link Routes#LOCK}) and the {@link CashierAuthenticator} behind it: a cashier identifies by badge,
 * or by Select Cashier, then enters a PIN where the terminal's policy asks for one. One request is pending at a time;
 * a new one cancels the old. A request stays pending while another screen is shown, until it is answered, cancelled
 * or replaced. The database is only reached through background tasks of the context.
 */
@Extension
public class LockScreen implements Screen, CashierAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(LockScreen.class);

    private final KioskContext ctx;
    private LockPanel panel;
    private Request request;
    private Consumer<Optional<Cashier>> done;
    // Bumped by every step the cashier takes, so that a slow answer to an earlier step is dropped.
    private long step;

    public LockScreen(KioskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public String route() {
        return Routes.LOCK;
    }

    @Override
    public JComponent component() {
        return panel();
    }

    @Override
    public void shown() {
        step++;
        panel().activate(request == null ? "" : request.purpose());
    }

    @Override
    public void hidden() {
        step++;
        if (panel != null) {
            panel.deactivate();
        }
    }

    @Override
    public void identify(Request newRequest, Consumer<Optional<Cashier>> newDone) {
        Objects.requireNonNull(newRequest, "request");
        Objects.requireNonNull(newDone, "done");
        Consumer<Optional<Cashier>> old = done;
        request = null;
        done = null;
        if (old != null) {
            answer(old, Optional.empty());
        }
        request = newRequest;
        done = newDone;
        if (Routes.LOCK.equals(ctx.navigator().currentRoute())) {
            shown();
        } else {
            ctx.navigator().show(Routes.LOCK);
        }
    }

    private LockPanel panel() {
        if (panel == null) {
            panel = new LockPanel(ctx.badgeScans(), ctx.terminal().zone(), ctx.terminal().locale(),
                    new LockPanel.Listener() {
                        @Override
                        public void badgeScanned(String code) {
                            onBadge(code);
                        }

                        @Override
                        public void selectCashierTapped() {
                            onSelectCashier();
                        }

                        @Override
                        public void cashierChosen(Cashier cashier) {
                            onCashier(cashier);
                        }

                        @Override
                        public void pinEntered(Cashier cashier, char[] pin) {
                            onPin(cashier, pin);
                        }

                        @Override
                        public void cancelled() {
                            onCancel();
                        }
                    });
        }
        return panel;
    }

    private void onBadge(String code) {
        if (request == null) {
            panel.showMessage("Nothing to identify for: go back to the dashboard");
            return;
        }
        long mine = ++step;
        panel.showMessage(LockMessages.CHECKING);
        ctx.background(() -> ctx.cashiers().byBadge(code),
                found -> {
                    if (mine == step) {
                        found.ifPresentOrElse(this::onCashier, () -> panel.showMessage(LockMessages.UNKNOWN_BADGE));
                    }
                },
                failure -> failed(mine, "check the badge", failure));
    }

    private void onSelectCashier() {
        long mine = ++step;
        panel.showMessage(LockMessages.CHECKING);
        ctx.background(() -> ctx.cashiers().active(),
                cashiers -> {
                    if (mine == step) {
                        panel.showMessage("");
                        panel.showCashiers(cashiers);
                    }
                },
                failure -> failed(mine, "load the cashiers", failure));
    }

    private void onCashier(Cashier cashier) {
        if (request == null) {
            return;
        }
        if (!request.roles().contains(cashier.role())) {
            panel.showMessage(LockMessages.roleRefused(cashier, request));
            return;
        }
        long mine = ++step;
        panel.showMessage(LockMessages.CHECKING);
        ctx.background(() -> gate(cashier),
                gate -> {
                    if (mine != step) {
                        return;
                    }
                    if (gate.lockedUntil().isPresent()) {
                        panel.showScan();
                        panel.showMessage(LockMessages.lockedOut(gate.lockedUntil(), ctx.terminal().zone(),
                                ctx.terminal().locale()));
                    } else if (gate.needsPin()) {
                        panel.showPinEntry(cashier);
                    } else {
                        finish(cashier);
                    }
                },
                failure -> failed(mine, "check the cashier", failure));
    }

    /** Background: whether the cashier must enter a PIN, and whether they may try now. */
    private Gate gate(Cashier cashier) {
        boolean needsPin = ctx.cashiers().needsPin(cashier);
        return new Gate(needsPin, needsPin ? ctx.cashiers().lockedUntil(cashier) : Optional.empty());
    }

    private void onPin(Cashier cashier, char[] pin) {
        long mine = ++step;
        ctx.background(usingOnce(pin, secret -> ctx.cashiers().checkPin(cashier, secret)),
                check -> {
                    if (mine != step) {
                        return;
                    }
                    if (check.outcome() == PinCheck.Outcome.ACCEPTED) {
                        finish(cashier);
                    } else {
                        panel.showRefused(check);
                    }
                },
                failure -> {
                    Arrays.fill(pin, '\0');
                    failed(mine, "check the PIN", failure);
                });
    }

    private void onCancel() {
        step++;
        Consumer<Optional<Cashier>> callback = done;
        request = null;
        done = null;
        panel.deactivate();
        if (callback != null) {
            answer(callback, Optional.empty());
        } else {
            ctx.navigator().showDashboard();
        }
    }

    private void finish(Cashier cashier) {
        step++;
        Consumer<Optional<Cashier>> callback = done;
        request = null;
        done = null;
        panel.deactivate();
        if (callback != null) {
            answer(callback, Optional.of(cashier));
        }
    }

    private void answer(Consumer<Optional<Cashier>> callback, Optional<Cashier> cashier) {
        try {
            callback.accept(cashier);
        } catch (RuntimeException e) {
            LOG.error("The caller of the lock screen failed on {}", cashier, e);
            ctx.audit().record("badge-login.callback.failed", String.valueOf(e));
            ctx.navigator().message("Something went wrong after identifying: " + e.getMessage());
        }
    }

    private void failed(long mine, String what, Exception failure) {
        LOG.error("Could not {}", what, failure);
        ctx.audit().record("badge-login.failed", "Could not " + what + ": " + failure);
        if (mine == step && panel != null) {
            panel.showMessage("Could not " + what + ": " + failure.getMessage());
        }
    }

    /** A task that hands {@code secret} to {@code use} and then clears it, whatever happens. */
    static <T> Callable<T> usingOnce(char[] secret, Function<char[], T> use) {
        return () -> {
            try {
                return use.apply(secret);
            } finally {
                Arrays.fill(secret, '\0');
            }
        };
    }

    private record Gate(boolean needsPin, Optional<Instant> lockedUntil) {
    }
}
