package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.BadgeCheck;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.kiosk.store.SqlCashiers;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cashiers as plugins see them: the store's look-ups, and the one place that issues {@link Identification}s, when a
 * badge that is enough alone or a PIN has just been checked. The identification names the cashier as the database
 * holds them, whatever record the caller handed in, and carries their language (read here, off the event thread) to
 * the till. Administration (adding cashiers, setting PINs) is not here: a
 * plugin cannot reach it. Blocking: never on the event thread.
 */
public final class HostCashiers implements Cashiers {
    private final Cashiers store;
    private final SqlCashiers lookup;
    private final Identifications identifications;

    /**
     * @param store  the cashiers' checks (the store itself, or one that waits for the demo cashiers of a first start)
     * @param lookup the store, for reading a cashier as the database holds them
     */
    public HostCashiers(Cashiers store, SqlCashiers lookup, Identifications identifications) {
        this.store = Objects.requireNonNull(store, "store");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.identifications = Objects.requireNonNull(identifications, "identifications");
    }

    @Override
    public List<Cashier> active() {
        return store.active();
    }

    @Override
    public Optional<Cashier> byBadge(String badgeCode) {
        return store.byBadge(badgeCode);
    }

    @Override
    public BadgeCheck checkBadge(String badgeCode) {
        Optional<Cashier> cashier = store.byBadge(badgeCode);
        if (cashier.isEmpty() || store.needsPin(cashier.get())) {
            return new BadgeCheck(cashier, Optional.empty());
        }
        return new BadgeCheck(cashier, Optional.of(identifications.issue(cashier.get(),
                Identification.Credential.BADGE, lookup.language(cashier.get().id()))));
    }

    @Override
    public boolean needsPin(Cashier cashier) {
        return store.needsPin(cashier);
    }

    @Override
    public PinCheck checkPin(Cashier cashier, char[] pin) {
        PinCheck check = store.checkPin(cashier, pin);
        if (!check.accepted()) {
            return check;
        }
        // The cashier as stored, not as handed in: a record with another role or name proves nothing.
        Optional<Cashier> stored = lookup.activeById(cashier.id());
        if (stored.isEmpty()) {
            return new PinCheck(PinCheck.Outcome.WRONG, 0, Optional.empty());
        }
        return new PinCheck(check.outcome(), check.attemptsLeft(), check.lockedUntil(),
                Optional.of(identifications.issue(stored.get(), Identification.Credential.PIN,
                        lookup.language(stored.get().id()))));
    }

    @Override
    public Optional<Instant> lockedUntil(Cashier cashier) {
        return store.lockedUntil(cashier);
    }
}
