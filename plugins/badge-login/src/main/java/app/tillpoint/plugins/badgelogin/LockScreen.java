package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.BadgeCheck;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.terminal.Routes;
import org.pf4j.Extension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.JComponent;
import javax.swing.JPanel;
import java.awt.BorderLayout;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The lock screen ({@link Routes#LOCK}) and the {@link CashierAuthenticator} behind it. A cashier identifies with
 * something they have or know: a badge scan, or Select Cashier then their PIN. A cashier without a PIN cannot be
 * picked from the list (their tile says to scan the badge), unless the terminal's policy lets them pick it and then
 * scan their own badge. The answer is the {@link Identification} the host issued when it checked the badge or the
 * PIN. One request is pending at a time; a new one cancels the old. A request stays pending while another screen is
 * shown, until it is answered, cancelled or replaced. The database is only reached through background tasks.
 */
@Extension
public class LockScreen implements Screen, CashierAuthenticator {
    private static final Logger LOG = LoggerFactory.getLogger(LockScreen.class);

    private final KioskContext kiosk;
    private LockPanel panel;
    /** What the navigator shows: the lock panel, made again in another language when the till's changed. */
    private JPanel holder;
    /** The locale {@link #panel} speaks. */
    private Locale panelLocale;
    private Request request;
    private Consumer<Optional<Identification>> done;
    /** The cashier whose tile was tapped and whose badge is awaited (badge-only tiles), if any. */
    private Cashier awaitingBadgeOf;
    // Bumped by every step the cashier takes, so that a slow answer to an earlier step is dropped.
    private long step;

    public LockScreen(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String route() {
        return Routes.LOCK;
    }

    @Override
    public JComponent component() {
        panel();
        return holder;
    }

    @Override
    public void shown() {
        step++;
        awaitingBadgeOf = null;
        panel().activate(request == null ? "" : request.purpose());
    }

    @Override
    public void hidden() {
        step++;
        awaitingBadgeOf = null;
        if (panel != null) {
            panel.deactivate();
        }
    }

    @Override
    public void authenticate(Request newRequest, Consumer<Optional<Identification>> newDone) {
        Objects.requireNonNull(newRequest, "request");
        Objects.requireNonNull(newDone, "done");
        Consumer<Optional<Identification>> old = done;
        request = null;
        done = null;
        if (old != null) {
            answer(old, Optional.empty());
        }
        request = newRequest;
        done = newDone;
        if (Routes.LOCK.equals(kiosk.navigator().currentRoute())) {
            shown();
        } else {
            kiosk.navigator().show(Routes.LOCK);
        }
    }

    /**
     * The lock panel in the language the screens speak now: the terminal's when nobody is at the till (a cashier
     * about to identify), the cashier's while one is (a head cashier approving for them), so that its words and the
     * purpose it shows, which the asker wrote in that language, are one language.
     */
    private LockPanel panel() {
        if (holder == null) {
            holder = new JPanel(new BorderLayout());
        }
        Locale shown = kiosk.shownLocale();
        if (panel != null && !shown.equals(panelLocale)) {
            panel.deactivate();
            holder.remove(panel);
            panel = null;
        }
        if (panel == null) {
            panelLocale = shown;
            panel = new LockPanel(kiosk.badgeScans(), kiosk.terminal().zone(), shown,
                    kiosk.terminal().policy().badgeOnlyTiles(), new LockPanel.Listener() {
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
            holder.add(panel, BorderLayout.CENTER);
            holder.revalidate();
            holder.repaint();
        }
        return panel;
    }

    private void onBadge(String code) {
        if (request == null) {
            panel.showMessage(messages().nothingToIdentifyFor());
            return;
        }
        long mine = ++step;
        Cashier awaited = awaitingBadgeOf;
        panel.showMessage(messages().checking());
        kiosk.background(() -> kiosk.cashiers().checkBadge(code),
                check -> {
                    if (mine == step) {
                        badgeChecked(check, awaited);
                    }
                },
                failure -> failed(mine, "badge", failure));
    }

    private void badgeChecked(BadgeCheck check, Cashier awaited) {
        if (check.cashier().isEmpty()) {
            panel.showMessage(messages().unknownBadge());
            return;
        }
        Cashier cashier = check.cashier().get();
        if (awaited != null && awaited.id() != cashier.id()) {
            panel.showMessage(messages().notTheirBadge(awaited));
            return;
        }
        if (!request.roles().contains(cashier.role())) {
            panel.showMessage(messages().roleRefused(cashier, request));
            return;
        }
        if (check.identification().isPresent()) {
            finish(check.identification().get());
        } else {
            askPin(cashier);
        }
    }

    private void onSelectCashier() {
        long mine = ++step;
        awaitingBadgeOf = null;
        panel.showMessage(messages().checking());
        kiosk.background(() -> kiosk.cashiers().active(),
                cashiers -> {
                    if (mine == step) {
                        panel.showMessage("");
                        panel.showCashiers(cashiers);
                    }
                },
                failure -> failed(mine, "cashiers", failure));
    }

    /** A tile was tapped: a cashier with a PIN enters it; one without scans their own badge (where allowed). */
    private void onCashier(Cashier cashier) {
        if (request == null) {
            return;
        }
        if (!request.roles().contains(cashier.role())) {
            panel.showMessage(messages().roleRefused(cashier, request));
            return;
        }
        if (!cashier.hasPin()) {
            if (kiosk.terminal().policy().badgeOnlyTiles()) {
                step++;
                awaitingBadgeOf = cashier;
                panel.showScanFor(cashier);
            } else {
                panel.showMessage(messages().scanYourBadge(cashier));
            }
            return;
        }
        askPin(cashier);
    }

    /** The PIN entry for {@code cashier}, unless they are locked out now. */
    private void askPin(Cashier cashier) {
        long mine = ++step;
        awaitingBadgeOf = null;
        panel.showMessage(messages().checking());
        kiosk.background(() -> kiosk.cashiers().lockedUntil(cashier),
                lockedUntil -> {
                    if (mine != step) {
                        return;
                    }
                    if (lockedUntil.isPresent()) {
                        panel.showScan();
                        panel.showMessage(messages().lockedOut(lockedUntil, kiosk.terminal().zone()));
                    } else {
                        panel.showPinEntry(cashier);
                    }
                },
                failure -> failed(mine, "cashier", failure));
    }

    private void onPin(Cashier cashier, char[] pin) {
        long mine = ++step;
        kiosk.background(usingOnce(pin, secret -> kiosk.cashiers().checkPin(cashier, secret)),
                check -> {
                    if (mine != step) {
                        return;
                    }
                    if (check.outcome() == PinCheck.Outcome.ACCEPTED && check.identification().isPresent()) {
                        finish(check.identification().get());
                    } else if (check.outcome() == PinCheck.Outcome.ACCEPTED) {
                        panel.showMessage(messages().notConfirmed());
                    } else {
                        panel.showRefused(check);
                    }
                },
                failure -> {
                    Arrays.fill(pin, '\0');
                    failed(mine, "pin", failure);
                });
    }

    private void onCancel() {
        step++;
        Consumer<Optional<Identification>> callback = done;
        request = null;
        done = null;
        awaitingBadgeOf = null;
        panel.deactivate();
        if (callback != null) {
            answer(callback, Optional.empty());
        } else {
            kiosk.navigator().showDashboard();
        }
    }

    private void finish(Identification identification) {
        step++;
        Consumer<Optional<Identification>> callback = done;
        request = null;
        done = null;
        awaitingBadgeOf = null;
        panel.deactivate();
        if (callback != null) {
            answer(callback, Optional.of(identification));
        }
    }

    private void answer(Consumer<Optional<Identification>> callback, Optional<Identification> identification) {
        try {
            callback.accept(identification);
        } catch (RuntimeException e) {
            LOG.error("The caller of the lock screen failed on {}", identification.map(Identification::cashier), e);
            kiosk.audit().record("badge-login.callback.failed", String.valueOf(e));
            kiosk.navigator().message(messages().afterIdentifying(e));
        }
    }

    /** {@code what} failed: badge, cashiers, cashier or pin (a key of {@link LockMessages#couldNot}). */
    private void failed(long mine, String what, Exception failure) {
        LOG.error("Could not check or load: {}", what, failure);
        kiosk.audit().record("badge-login.failed", "Could not check or load (" + what + "): " + failure);
        if (mine == step && panel != null) {
            panel.showMessage(messages().couldNot(what, failure));
        }
    }

    /** The texts in the lock panel's language. */
    private LockMessages messages() {
        return new LockMessages(panelLocale == null ? kiosk.shownLocale() : panelLocale);
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
}
