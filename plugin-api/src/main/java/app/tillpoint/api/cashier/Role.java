package app.tillpoint.api.cashier;

/** What a cashier may do. A head cashier approves what a cashier may not do alone. */
public enum Role { CASHIER, HEAD_CASHIER }
