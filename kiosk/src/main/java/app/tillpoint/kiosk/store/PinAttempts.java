package app.tillpoint.kiosk.store;

import app.tillpoint.api.cashier.PinCheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Checks an entered PIN against the stored hash, counting wrong PINs in a row and locking a cashier out. */
final class PinAttempts {

    private final PinRules rules;

    PinAttempts(PinRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** The outcome of a PIN check and what the audit says about it. */
    record PinState(PinCheck check, String why, boolean lockedNow) {
    }

    PinState check(Connection connection, long id, char[] pin, Instant now) throws SQLException {
        String name;
        boolean active;
        String pinHash;
        String pinSalt;
        int wrong;
        Instant lockedUntil;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT name, active, pin_hash, pin_salt, wrong_pins, locked_until FROM cashiers WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return new PinState(wrong(0), "PIN entered for unknown cashier id " + id, false);
                }
                name = row.getString(1);
                active = row.getInt(2) == 1;
                pinHash = row.getString(3);
                pinSalt = row.getString(4);
                wrong = row.getInt(5);
                long until = row.getLong(6);
                lockedUntil = row.wasNull() ? null : Instant.ofEpochMilli(until);
            }
        }
        if (!active) {
            return new PinState(wrong(0), "PIN entered for " + name + ", who is disabled", false);
        }
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return new PinState(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(lockedUntil)),
                    "PIN refused: " + name + " is locked out until " + lockedUntil, false);
        }
        if (lockedUntil != null) {
            wrong = 0; // the lock-out is over: a new series of attempts begins
        }
        if (pinHash == null) {
            return new PinState(wrong(0), name + " has no PIN set; ask a head cashier to set one", false);
        }
        if (matches(pin, pinSalt, pinHash)) {
            updateAttempts(connection, id, 0, null);
            return new PinState(new PinCheck(PinCheck.Outcome.ACCEPTED, rules.maxWrongPins(), Optional.empty()),
                    "", false);
        }
        wrong++;
        if (wrong >= rules.maxWrongPins()) {
            Instant until = now.plus(rules.lockout());
            updateAttempts(connection, id, 0, until);
            return new PinState(new PinCheck(PinCheck.Outcome.LOCKED_OUT, 0, Optional.of(until)),
                    name + " entered " + wrong + " wrong PINs in a row; locked out until " + until, true);
        }
        updateAttempts(connection, id, wrong, null);
        return new PinState(wrong(rules.maxWrongPins() - wrong),
                "Wrong PIN for " + name + " (" + wrong + " in a row)", false);
    }

    private static PinCheck wrong(int attemptsLeft) {
        return new PinCheck(PinCheck.Outcome.WRONG, attemptsLeft, Optional.empty());
    }

    private static void updateAttempts(Connection connection, long id, int wrong, Instant lockedUntil)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE cashiers SET wrong_pins = ?, locked_until = ? WHERE id = ?")) {
            update.setInt(1, wrong);
            if (lockedUntil == null) {
                update.setNull(2, Types.INTEGER);
            } else {
                update.setLong(2, lockedUntil.toEpochMilli());
            }
            update.setLong(3, id);
            update.executeUpdate();
        }
    }

    private static boolean matches(char[] pin, String salt, String stored) {
        int dollar = stored.indexOf('$');
        int iterations = Integer.parseInt(stored.substring(0, dollar));
        return SlowHash.same(stored.substring(dollar + 1), SlowHash.hash(pin, salt, iterations));
    }
}
