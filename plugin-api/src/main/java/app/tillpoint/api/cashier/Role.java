package app.tillpoint.api.cashier;

/** What a cashier may do. A head cashier approves what a cashier may not do alone. */
public enum Role {
    /** Sells, moves cash, opens and closes sessions within the terminal's limits. */
    CASHIER,
    /** Does all a cashier does, and approves on the spot what a cashier may not do alone. */
    HEAD_CASHIER
}
