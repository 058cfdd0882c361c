package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.terminal.Audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cashiers in the database, with badge and PIN checks and the administrator's changes.
 *
 * <p>A badge code is kept as a keyed hash ({@link BadgeHash}: HMAC-SHA-256 with a key outside the database), so
 * finding the cashier of a scanned badge is one fast hash and an indexed look-up however many cashiers there are. An
 * older PBKDF2 badge hash is still accepted at its badge's next scan, and replaced by the keyed one then. A PIN is kept
 * as PBKDF2 with a salt of its own and the terminal's iterations, measured at its first start so that one check takes
 * about {@link SlowHash#PIN_BUDGET} ({@link SlowHash#iterationsFor}), never fewer than {@link SlowHash#FLOOR}, peppered
 * with a key outside the database ({@link PinHash}); an older PIN hash is replaced at its next right entry. Wrong
 * PINs are counted in the database, so a restart does not end a lock-out. Blocking: never on the event thread.
 */
public final class SqlCashiers implements Cashiers {

    private static final String COLUMNS = "id, name, role, pin_hash IS NOT NULL AS has_pin";

    private final Database database;
    private final Audit audit;
    private final Clock clock;
    private final BootClock bootClock;
    private final PinRules rules;
    private final PinAttempts pinAttempts;
    private final WrongPinBudget wrongPinBudget;
    private final SlowHash slowHash = new SlowHash();
    private final BadgeHash badgeHash;
    /** The store's badge hash, for the cashiers the back office manages (their badges work on every till). */
    private final Optional<BadgeHash> storeBadgeHash;
    /** The salt and iterations of the old PBKDF2 badge hashes, still accepted once each. */
    private final String badgeSalt;
    private final int badgeIterations;
    private final int pinIterations;

    /** With the machine's boot clock and no one told of wrong-PIN alerts but the audit. */
    public SqlCashiers(Database database, Audit audit, Clock clock, PinRules rules) {
        this(database, audit, clock, BootClock.system(), rules, alert -> { });
    }

    /**
     * @param bootClock times lock-outs, so that changing the date neither ends nor extends them
     * @param onAlert   told (on the calling thread) when the terminal's wrong PINs in an hour pass the policy's budget
     */
    public SqlCashiers(Database database, Audit audit, Clock clock, BootClock bootClock, PinRules rules,
                       java.util.function.Consumer<String> onAlert) {
        this(database, audit, clock, bootClock, rules, onAlert, Optional.empty());
    }

    /**
     * @param storeBadgeKey the store's badge key from the office credentials ({@link CashierHashes}): a badge the back
     *                      office hashed under it identifies its cashier here too
     */
    public SqlCashiers(Database database, Audit audit, Clock clock, BootClock bootClock, PinRules rules,
                       java.util.function.Consumer<String> onAlert, Optional<byte[]> storeBadgeKey) {
        this.database = Objects.requireNonNull(database, "database");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.bootClock = Objects.requireNonNull(bootClock, "bootClock");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.pinAttempts = new PinAttempts(rules);
        this.wrongPinBudget = new WrongPinBudget(rules.wrongPinsPerHour(), bootClock, alert -> {
            audit.record("login.alert", alert);
            onAlert.accept(alert);
        });
        this.badgeHash = database.badgeHash();
        this.storeBadgeHash = storeBadgeKey.map(BadgeHash::new);
        this.badgeSalt = meta("badge_salt", slowHash::newSalt);
        this.badgeIterations = Integer.parseInt(meta("badge_iterations", () -> Integer.toString(SlowHash.ITERATIONS)));
        this.pinIterations = Math.max(SlowHash.FLOOR, pinIterationsForBudget());
    }

    /**
     * The iterations of a new PIN's hash: measured on the terminal itself at its first start, and again at the first
     * start after {@link SlowHash#PIN_BUDGET} changed; kept, so that every PIN costs the same. PINs hashed with other
     * iterations are replaced at their next right entry.
     */
    private int pinIterationsForBudget() {
        String budget = Long.toString(SlowHash.PIN_BUDGET.toMillis());
        Optional<String> measuredFor = database.read(connection -> meta(connection, "pin_budget_ms"));
        Optional<String> iterations = database.read(connection -> meta(connection, "pin_iterations"));
        if (measuredFor.filter(budget::equals).isPresent() && iterations.isPresent()) {
            return Integer.parseInt(iterations.get());
        }
        String measured = Integer.toString(SlowHash.iterationsFor(SlowHash.PIN_BUDGET));
        return Integer.parseInt(database.inTransaction(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                upsert.setString(1, "pin_iterations");
                upsert.setString(2, measured);
                upsert.executeUpdate();
                upsert.setString(1, "pin_budget_ms");
                upsert.setString(2, budget);
                upsert.executeUpdate();
            }
            return measured;
        }));
    }

    /** The value of {@code key} in {@code meta}, storing what {@code initial} gives first if there is none. */
    private String meta(String key, java.util.function.Supplier<String> initial) {
        Optional<String> stored = database.read(connection -> meta(connection, key));
        if (stored.isPresent()) {
            return stored.get();
        }
        String value = initial.get();
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, value);
                insert.executeUpdate();
            }
            return meta(connection, key).orElseThrow();
        });
    }

    private static Optional<String> meta(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** The iterations of a new PIN's hash on this terminal. */
    public int pinIterations() {
        return pinIterations;
    }

    @Override
    public List<Cashier> active() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM cashiers WHERE active = 1 ORDER BY name COLLATE NOCASE, id")) {
                return cashiers(select);
            }
        });
    }

    /** The active cashier of id {@code id}, as the database holds them. */
    public Optional<Cashier> activeById(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM cashiers WHERE id = ? AND active = 1")) {
                select.setLong(1, id);
                return cashiers(select).stream().findFirst();
            }
        });
    }

    @Override
    public Optional<Cashier> byBadge(String badgeCode) {
        String code = badgeCode == null ? "" : badgeCode.strip();
        if (code.isEmpty()) {
            audit("login.failed", "Empty badge scanned", null);
            return Optional.empty();
        }
        String hash = badgeHash.of(code);
        Optional<Cashier> found = database.read(connection -> withBadge(connection, hash));
        if (found.isEmpty() && storeBadgeHash.isPresent()) {
            String storeHash = storeBadgeHash.get().of(code);
            found = database.read(connection -> withBadge(connection, storeHash));
        }
        if (found.isEmpty()) {
            found = rehash(code, hash);
        }
        if (found.isEmpty()) {
            audit("login.failed", "Unknown badge scanned", null);
        } else if (needsPin(found.get())) {
            audit("login.badge", "Badge of " + found.get().name() + " scanned; PIN to follow", found.get().id());
        } else {
            audit("login.ok", found.get().name() + " identified by badge", found.get().id());
        }
        return found;
    }

    private static Optional<Cashier> withBadge(Connection connection, String hash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM cashiers WHERE badge_hash = ? AND active = 1")) {
            select.setString(1, hash);
            return cashiers(select).stream().findFirst();
        }
    }

    /**
     * The active cashier whose old PBKDF2 badge hash is this code's, their badge now stored as {@code keyed}; empty,
     * without the slow hash, once no old hash is left.
     */
    private Optional<Cashier> rehash(String code, String keyed) {
        if (!database.read(SqlCashiers::hasOldBadgeHashes)) {
            return Optional.empty();
        }
        String old = SlowHash.hash(code.toCharArray(), badgeSalt, badgeIterations);
        Optional<Cashier> moved = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cashiers SET badge_hash = ? WHERE badge_hash = ? AND active = 1")) {
                update.setString(1, keyed);
                update.setString(2, old);
                if (update.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            return withBadge(connection, keyed);
        });
        moved.ifPresent(cashier -> audit("cashier.badgeRehashed", "Badge of " + describe(cashier)
                + " moved from PBKDF2 to the keyed hash at its scan", cashier.id()));
        return moved;
    }

    private static boolean hasOldBadgeHashes(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT EXISTS (SELECT 1 FROM cashiers "
                + "WHERE badge_hash IS NOT NULL AND substr(badge_hash, 1, 5) <> '" + BadgeHash.PREFIX + "')");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getInt(1) == 1;
        }
    }

    /**
     * A badge presented to {@code cashier rehash-badges}: the cashier it belongs to, its old hash replaced by the
     * keyed one (nothing to do if it was keyed already); empty for a badge of no active cashier.
     */
    public Optional<Cashier> rehashBadge(String badgeCode) {
        String code = CashierInputs.checkBadge(badgeCode);
        String hash = badgeHash.of(code);
        Optional<Cashier> keyed = database.read(connection -> withBadge(connection, hash));
        return keyed.isPresent() ? keyed : rehash(code, hash);
    }

    /** The active cashiers whose badge still has an old PBKDF2 hash (moved at their next scan), by id. */
    public List<Cashier> withOldBadgeHash() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + " FROM cashiers "
                    + "WHERE badge_hash IS NOT NULL AND substr(badge_hash, 1, 5) <> '" + BadgeHash.PREFIX
                    + "' ORDER BY id")) {
                return cashiers(select);
            }
        });
    }

    @Override
    public boolean needsPin(Cashier cashier) {
        return cashier.hasPin() || (cashier.isHeadCashier() && rules.headCashierNeedsPin());
    }

    @Override
    public PinCheck checkPin(Cashier cashier, char[] pin) {
        PinHash pinHashes = database.pinHash();
        Optional<PinRules.Decision> decision = Optional.empty();
        PinAttempts.Stored against = null;
        // The PBKDF2 runs between a read and the transaction that stores the decision, never inside it: a sale's
        // commit does not queue behind a PIN. Should the PIN change in between, the new one is hashed against.
        for (int tries = 0; tries < 3 && decision.isEmpty(); tries++) {
            Optional<PinAttempts.Stored> stored = database.read(connection -> PinAttempts.stored(connection,
                    cashier.id()));
            if (stored.isEmpty()) {
                audit("login.failed", "PIN entered for unknown cashier id " + cashier.id(), null);
                return new PinCheck(PinCheck.Outcome.WRONG, 0, Optional.empty());
            }
            against = stored.get();
            PinAttempts.Stored hashed = against;
            boolean matches = hashed.hash() != null && pinHashes.matches(pin, hashed.salt(), hashed.hash());
            PinRules.Now now = now();
            decision = database.inTransaction(connection -> pinAttempts.check(connection, cashier.id(), hashed,
                    matches, now));
        }
        if (decision.isEmpty()) {
            audit("login.failed", "PIN of " + describe(cashier) + " changed while it was checked", cashier.id());
            return new PinCheck(PinCheck.Outcome.WRONG, 0, Optional.empty());
        }
        PinRules.Decision state = decision.get();
        switch (state.check().outcome()) {
            case ACCEPTED -> audit("login.ok", cashier.name() + " identified with PIN", cashier.id());
            case WRONG -> audit("login.failed", state.why(), cashier.id());
            case LOCKED_OUT -> audit(state.lockedNow() ? "login.lockedOut" : "login.failed", state.why(), cashier.id());
        }
        if (state.check().outcome() == PinCheck.Outcome.WRONG || state.lockedNow()) {
            wrongPinBudget.wrongPin();
        }
        if (state.check().accepted() && !PinHash.isCurrent(against.hash(), pinIterations)) {
            rehashPin(cashier, pin, against.hash());
        }
        return state.check();
    }

    /**
     * Replaces a right PIN's hash of an older form (no pepper, or other iterations than the terminal's) with the
     * current one, unless the PIN was changed meanwhile. Once per cashier, at their first right PIN after an upgrade.
     */
    private void rehashPin(Cashier cashier, char[] pin, String old) {
        String salt = slowHash.newSalt();
        String hash = pinHash(pin, salt, pinIterations);
        int changed = database.inTransaction(connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cashiers SET pin_hash = ?, pin_salt = ? WHERE id = ? AND pin_hash = ?")) {
                update.setString(1, hash);
                update.setString(2, salt);
                update.setLong(3, cashier.id());
                update.setString(4, old);
                return update.executeUpdate();
            }
        });
        if (changed == 1) {
            audit("cashier.pinRehashed", "PIN of " + describe(cashier) + " moved to the peppered hash with "
                    + pinIterations + " iterations at its use", cashier.id());
        }
    }

    @Override
    public Optional<Instant> lockedUntil(Cashier cashier) {
        PinRules.Now now = now();
        return database.read(connection -> PinAttempts.lockout(connection, cashier.id(), now))
                .map(PinRules.Lockout::until);
    }

    private PinRules.Now now() {
        return new PinRules.Now(clock.instant(), bootClock.boot(), bootClock.millis());
    }

    // --- Administration -------------------------------------------------------------------------------------------

    /** Every cashier, disabled ones too, by id. */
    public List<CashierEntry> all() {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + ", active, badge_hash IS NOT NULL AS has_badge, locked_until FROM cashiers ORDER BY id");
                 ResultSet rows = select.executeQuery()) {
                List<CashierEntry> entries = new ArrayList<>();
                while (rows.next()) {
                    long until = rows.getLong("locked_until");
                    Optional<Instant> lockedUntil = rows.wasNull() ? Optional.empty()
                            : Optional.of(Instant.ofEpochMilli(until));
                    entries.add(new CashierEntry(cashier(rows), rows.getInt("active") == 1, rows.getInt("has_badge") == 1,
                            lockedUntil));
                }
                return entries;
            }
        });
    }

    /**
     * A cashier checked and hashed, ready to be stored: the slow part of adding one, done before any transaction.
     */
    public record NewCashier(String name, Role role, Optional<String> badgeHash, String pinHash, String pinSalt) {
    }

    /**
     * Checks and hashes a cashier to add: slow on purpose (PBKDF2), so done before the transaction that stores it.
     *
     * @throws IllegalArgumentException with a message for the administrator: blank name, PIN not 4 to 12 digits
     */
    public NewCashier prepare(String name, Role role, Optional<String> badge, Optional<String> pin) {
        String cleanName = CashierInputs.checkName(name);
        Objects.requireNonNull(role, "role");
        Optional<String> badgeHash = badge.map(CashierInputs::checkBadge).map(this::badgeHash);
        Optional<char[]> pinDigits = pin.map(CashierInputs::checkPin);
        String pinSalt = pinDigits.isPresent() ? slowHash.newSalt() : null;
        String pinHash = pinDigits.map(digits -> pinHash(digits, pinSalt, pinIterations)).orElse(null);
        pinDigits.ifPresent(digits -> Arrays.fill(digits, '\0'));
        return new NewCashier(cleanName, role, badgeHash, pinHash, pinSalt);
    }

    /**
     * Adds a cashier.
     *
     * @throws IllegalArgumentException with a message for the administrator: blank name, badge already used, PIN not
     *                                  4 to 12 digits
     */
    public Cashier add(String name, Role role, Optional<String> badge, Optional<String> pin) {
        NewCashier prepared = prepare(name, role, badge, pin);
        Cashier cashier = database.inTransaction(connection -> insert(connection, prepared));
        audited(cashier, prepared);
        return cashier;
    }

    /** Stores prepared cashiers in the caller's transaction (or one of their own), in order. */
    public List<Cashier> insertAll(List<NewCashier> prepared) {
        List<Cashier> added = database.inTransaction(connection -> {
            List<Cashier> cashiers = new ArrayList<>();
            for (NewCashier cashier : prepared) {
                cashiers.add(insert(connection, cashier));
            }
            return cashiers;
        });
        for (int i = 0; i < added.size(); i++) {
            audited(added.get(i), prepared.get(i));
        }
        return added;
    }

    /**
     * The first head cashier of a real terminal, from its first-run screen: stored, and the terminal marked set up, in
     * one transaction, only while it has no cashier at all.
     *
     * @throws IllegalArgumentException with a message for the person at the screen: bad name, badge or PIN
     * @throws IllegalStateException    if the terminal has cashiers already
     */
    public Cashier addFirstHeadCashier(String name, String badge, String pin) {
        NewCashier prepared = prepare(name, Role.HEAD_CASHIER, Optional.of(badge), Optional.of(pin));
        Cashier cashier = database.inTransaction(connection -> {
            if (count(connection) > 0) {
                throw new IllegalStateException("This terminal has cashiers already: its first head cashier was "
                        + "added meanwhile");
            }
            Cashier added = insert(connection, prepared);
            TerminalSetup.mark(connection, TerminalSetup.TERMINAL);
            return added;
        });
        audited(cashier, prepared);
        return cashier;
    }

    /** How many cashiers the database has, disabled ones too. */
    public int count() {
        return database.read(SqlCashiers::count);
    }

    private static int count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM cashiers");
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private Cashier insert(Connection connection, NewCashier cashier) throws SQLException {
        refuseIfFromOffice(connection);
        if (cashier.badgeHash().isPresent()) {
            refuseUsedBadge(connection, cashier.badgeHash().get(), -1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO cashiers "
                + "(name, role, badge_hash, pin_hash, pin_salt, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, cashier.name());
            insert.setString(2, cashier.role().name());
            insert.setString(3, cashier.badgeHash().orElse(null));
            insert.setString(4, cashier.pinHash());
            insert.setString(5, cashier.pinSalt());
            insert.setLong(6, clock.instant().toEpochMilli());
            insert.executeUpdate();
        }
        return new Cashier(Rows.lastId(connection), cashier.name(), cashier.role(), cashier.pinHash() != null);
    }

    private void audited(Cashier cashier, NewCashier prepared) {
        audit("cashier.added", "Added " + describe(cashier) + (prepared.badgeHash().isPresent() ? " with a badge" : "")
                + (cashier.hasPin() ? " with a PIN" : ""), cashier.id());
    }

    /**
     * Disables a cashier and releases their badge, so the card can be given to someone else. History is kept.
     *
     * @throws IllegalArgumentException if no cashier has this id
     */
    public Cashier disable(long id) {
        Cashier cashier = database.inTransaction(connection -> {
            Cashier found = existing(connection, id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cashiers SET active = 0, badge_hash = NULL WHERE id = ?")) {
                update.setLong(1, id);
                update.executeUpdate();
            }
            return found;
        });
        audit("cashier.disabled", "Disabled " + describe(cashier) + "; badge released", id);
        return cashier;
    }

    /**
     * Gives a cashier a badge (replacing any old one).
     *
     * @throws IllegalArgumentException if no cashier has this id, or another cashier uses this badge
     */
    public Cashier setBadge(long id, String badge) {
        String hash = badgeHash(CashierInputs.checkBadge(badge));
        Cashier cashier = database.inTransaction(connection -> {
            Cashier found = existing(connection, id);
            refuseUsedBadge(connection, hash, id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cashiers SET badge_hash = ? WHERE id = ?")) {
                update.setString(1, hash);
                update.setLong(2, id);
                update.executeUpdate();
            }
            return found;
        });
        audit("cashier.badgeSet", "New badge for " + describe(cashier), id);
        return cashier;
    }

    /**
     * Sets a cashier's PIN and ends any lock-out.
     *
     * @throws IllegalArgumentException if no cashier has this id or the PIN is not 4 to 12 digits
     */
    public Cashier setPin(long id, String pin) {
        char[] digits = CashierInputs.checkPin(pin);
        String salt = slowHash.newSalt();
        String hash = pinHash(digits, salt, pinIterations);
        Arrays.fill(digits, '\0');
        Cashier cashier = database.inTransaction(connection -> {
            Cashier found = existing(connection, id);
            try (PreparedStatement update = connection.prepareStatement("UPDATE cashiers SET pin_hash = ?, "
                    + "pin_salt = ?, wrong_pins = 0, lockouts = 0, locked_until = NULL, lockout_ms = NULL, "
                    + "locked_boot = NULL, locked_uptime_ms = NULL WHERE id = ?")) {
                update.setString(1, hash);
                update.setString(2, salt);
                update.setLong(3, id);
                update.executeUpdate();
            }
            return new Cashier(found.id(), found.name(), found.role(), true);
        });
        audit("cashier.pinSet", "New PIN for " + describe(cashier), id);
        return cashier;
    }

    /**
     * Sets the language a cashier's screens speak once they identify (issue 17); empty for the terminal's.
     *
     * @param language one of {@link CashierLanguage#CODES}, or empty
     * @throws IllegalArgumentException if no cashier has this id, the office manages the cashiers, or the language is
     *                                  not one of the kiosk's
     */
    public Cashier setLanguage(long id, Optional<String> language) {
        if (language.isPresent() && !CashierLanguage.CODES.contains(language.get())) {
            throw new IllegalArgumentException(CashierLanguage.parse(language.get()).orElse(CashierLanguage.NONE)
                    + " is not a language of the kiosk");
        }
        Cashier cashier = database.inTransaction(connection -> {
            Cashier found = existing(connection, id);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE cashiers SET language = ? WHERE id = ?")) {
                update.setString(1, language.orElse(null));
                update.setLong(2, id);
                update.executeUpdate();
            }
            return found;
        });
        audit("cashier.languageSet", "Language of " + describe(cashier) + ": "
                + language.orElse("the terminal's"), id);
        return cashier;
    }

    /** The language stored with cashier {@code id}; empty for the terminal's, or when there is no such cashier. */
    public Optional<String> language(long id) {
        return database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT language FROM cashiers WHERE id = ?")) {
                select.setLong(1, id);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.ofNullable(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** The office manages this terminal's cashiers: its own commands change none of them. */
    private static void refuseIfFromOffice(Connection connection) throws SQLException {
        SqlMasterData.refuseIfFromOffice(connection, "cashiers", "list of cashiers", "tillpoint office cashier");
    }

    private Cashier existing(Connection connection, long id) throws SQLException {
        refuseIfFromOffice(connection);
        try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                + " FROM cashiers WHERE id = ?")) {
            select.setLong(1, id);
            return cashiers(select).stream().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No cashier has the id " + id));
        }
    }

    private static void refuseUsedBadge(Connection connection, String hash, long exceptId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM cashiers WHERE badge_hash = ? AND id <> ?")) {
            select.setString(1, hash);
            select.setLong(2, exceptId);
            Optional<Cashier> owner = cashiers(select).stream().findFirst();
            if (owner.isPresent()) {
                throw new IllegalArgumentException("This badge is already used by " + describe(owner.get())
                        + "; give another badge, or disable that cashier first");
            }
        }
    }

    private String badgeHash(String code) {
        return badgeHash.of(code);
    }

    private String pinHash(char[] digits, String salt, int iterations) {
        return database.pinHash().of(digits, salt, iterations);
    }

    private static String describe(Cashier cashier) {
        return cashier.name() + " (id " + cashier.id() + ", " + cashier.role() + ")";
    }

    private static List<Cashier> cashiers(PreparedStatement select) throws SQLException {
        try (ResultSet rows = select.executeQuery()) {
            List<Cashier> cashiers = new ArrayList<>();
            while (rows.next()) {
                cashiers.add(cashier(rows));
            }
            return cashiers;
        }
    }

    private static Cashier cashier(ResultSet row) throws SQLException {
        return new Cashier(row.getLong("id"), row.getString("name"), Role.valueOf(row.getString("role")),
                row.getInt("has_pin") == 1);
    }

    /** Audits with the cashier's id where the audit can keep it. */
    private void audit(String event, String detail, Long cashierId) {
        if (cashierId != null && audit instanceof SqlAudit sqlAudit) {
            sqlAudit.record(event, detail, cashierId);
        } else {
            audit.record(event, detail);
        }
    }
}
