package app.tillpoint.api.cashier;

import java.util.Objects;

/**
 * A person who may use the till. Badge codes and PINs never leave the host; {@code hasPin} only says one is set.
 *
 * @param id     unique on this terminal; part of their tile's component name on the lock screen
 * @param name   as the lock screen, the register and the audit show it
 * @param role   a cashier or a head cashier
 * @param hasPin whether a PIN is set for them; the PIN itself never leaves the host
 */
public record Cashier(long id, String name, Role role, boolean hasPin) {
    /**
     * Checks that the name and the role are given.
     *
     * @param id     unique on this terminal
     * @param name   not null
     * @param role   not null
     * @param hasPin whether a PIN is set
     * @throws NullPointerException if {@code name} or {@code role} is null
     */
    public Cashier {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    /**
     * Whether this is a head cashier, who approves what a cashier may not do alone.
     *
     * @return true for {@link Role#HEAD_CASHIER}
     */
    public boolean isHeadCashier() {
        return role == Role.HEAD_CASHIER;
    }
}
