package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identifications the host issued in this run, each with a random token, after a badge or a PIN was checked.
 * Whatever claims to be a cashier's identification (to sign in at the till, to approve) is accepted only if it is one
 * of these, fresh, and not used before: a plugin cannot make one up. In memory only: after a restart everyone
 * identifies again. Thread-safe.
 */
public final class Identifications {
    /** How long an identification may wait to be used: the moment between the lock screen and what it was for. */
    static final Duration FRESH_FOR = Duration.ofMinutes(2);

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Identification> issued = new ConcurrentHashMap<>();
    /** The language stored with the cashier of each issued identification that has one, by token. */
    private final Map<String, String> languages = new ConcurrentHashMap<>();

    public Identifications(Clock clock) {
        this.clock = clock;
    }

    /** Issues the identification of {@code cashier}, who has just shown {@code credential}. */
    public Identification issue(Cashier cashier, Identification.Credential credential) {
        return issue(cashier, credential, Optional.empty());
    }

    /**
     * Issues the identification of {@code cashier}, who has just shown {@code credential} and whose screens speak
     * {@code language} ({@link app.tillpoint.kiosk.store.CashierLanguage}) once they take the till.
     */
    public Identification issue(Cashier cashier, Identification.Credential credential, Optional<String> language) {
        forgetStale();
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        Identification identification = new Identification(cashier, credential, clock.instant(),
                HexFormat.of().formatHex(bytes));
        language.ifPresent(code -> languages.put(identification.token(), code));
        issued.put(identification.token(), identification);
        return identification;
    }

    /**
     * Uses {@code identification} up: true if the host issued exactly it, a moment ago, and it was not used before.
     */
    public boolean take(Identification identification) {
        Identification known = issued.get(identification.token());
        if (known == null || !known.equals(identification) || isStale(known)) {
            return false;
        }
        return issued.remove(identification.token(), known);
    }

    /**
     * The language stored with the cashier of {@code identification} when it was issued, if they have one: asked
     * once {@link #take} accepted it (kept until the identification would have gone stale).
     */
    public Optional<String> languageOf(Identification identification) {
        return Optional.ofNullable(languages.get(identification.token()));
    }

    /** Uses up the latest fresh identification of cashier {@code cashierId}, for callers of API 1.1 that hold a cashier. */
    public Optional<Identification> takeLatest(long cashierId) {
        Optional<Identification> latest = issued.values().stream()
                .filter(i -> i.cashier().id() == cashierId && !isStale(i))
                .max(Comparator.comparing(Identification::at));
        return latest.filter(this::take);
    }

    private boolean isStale(Identification identification) {
        Instant now = clock.instant();
        return identification.at().plus(FRESH_FOR).isBefore(now) || identification.at().isAfter(now.plusSeconds(5));
    }

    private void forgetStale() {
        issued.values().removeIf(this::isStale);
        languages.keySet().retainAll(issued.keySet());
    }
}
