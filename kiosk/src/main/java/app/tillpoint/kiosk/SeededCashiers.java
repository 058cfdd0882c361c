package app.tillpoint.kiosk;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.PinCheck;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The cashiers of a first start, while the demo cashiers are being added on their own thread: every call waits for
 * that first, so no badge is looked up before they exist, and the dashboard is shown without waiting for the slow
 * hashing of their badges and PINs. Calls come from background tasks, where waiting is allowed.
 */
final class SeededCashiers implements Cashiers {
    private final Cashiers cashiers;
    private final Future<?> seeding;

    SeededCashiers(Cashiers cashiers, Future<?> seeding) {
        this.cashiers = cashiers;
        this.seeding = seeding;
    }

    @Override
    public List<Cashier> active() {
        return seeded().active();
    }

    @Override
    public Optional<Cashier> byBadge(String badgeCode) {
        return seeded().byBadge(badgeCode);
    }

    @Override
    public boolean needsPin(Cashier cashier) {
        return seeded().needsPin(cashier);
    }

    @Override
    public PinCheck checkPin(Cashier cashier, char[] pin) {
        return seeded().checkPin(cashier, pin);
    }

    @Override
    public Optional<Instant> lockedUntil(Cashier cashier) {
        return seeded().lockedUntil(cashier);
    }

    private Cashiers seeded() {
        try {
            seeding.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the demo cashiers were added", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The demo cashiers could not be added: " + e.getCause(), e.getCause());
        }
        return cashiers;
    }
}
