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
 * <p>Badge codes and PINs are kept only as PBKDF2 hashes. A badge hash uses one random salt of the whole database
 * (in {@code meta}), so finding the cashier of a scanned badge costs one hash and an indexed look-up however many
 * cashiers there are; a PIN hash has a salt of its own. Wrong PINs are counted in the database, so a restart does not
 * end a lock-out. Blocking: never on the event thread.
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
    private final String badgeSalt;
    private final int badgeIterations;

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
        this.badgeSalt = meta("badge_salt", slowHash.newSalt());
        this.badgeIterations = Integer.parseInt(meta("badge_iterations", Integer.toString(SlowHash.ITERATIONS)));
    }

    /** The value of {@code key} in {@code meta}, storing {@code initial} first if there is none. */
    private String meta(String key, String initial) {
        return database.inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)")) {
                insert.setString(1, key);
                insert.setString(2, initial);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
                select.setString(1, key);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getString(1);
                }
            }
        });
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
        String hash = badgeHash(code);
        Optional<Cashier> found = database.read(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM cashiers WHERE badge_hash = ? AND active = 1")) {
                select.setString(1, hash);
                return cashiers(select).stream().findFirst();
            }
        });
        if (found.isEmpty()) {
            audit("login.failed", "Unknown badge scanned", null);
        } else if (needsPin(found.get())) {
            audit("login.badge", "Badge of " + found.get().name() + " scanned; PIN to follow", found.get().id());
        } else {
            audit("login.ok", found.get().name() + " identified by badge", found.get().id());
        }
        return found;
    }

    @Override
    public boolean needsPin(Cashier cashier) {
        return cashier.hasPin() || (cashier.isHeadCashier() && rules.headCashierNeedsPin());
    }

    @Override
    public PinCheck checkPin(Cashier cashier, char[] pin) {
        PinRules.Now now = now();
        Optional<PinRules.Decision> decision = database.inTransaction(
                connection -> pinAttempts.check(connection, cashier.id(), pin, now));
        if (decision.isEmpty()) {
            audit("login.failed", "PIN entered for unknown cashier id " + cashier.id(), null);
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
        return state.check();
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
        String pinHash = pinDigits.map(digits -> pinHash(digits, pinSalt)).orElse(null);
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
        String hash = pinHash(digits, salt);
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

    private Cashier existing(Connection connection, long id) throws SQLException {
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
        return SlowHash.hash(code.toCharArray(), badgeSalt, badgeIterations);
    }

    private static String pinHash(char[] digits, String salt) {
        return SlowHash.ITERATIONS + "$" + SlowHash.hash(digits, salt, SlowHash.ITERATIONS);
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
