package app.tillpoint.api.session;

/** What a head cashier's {@link Approval} allows: each approval is for one action of one kind. @since 1.2 */
public enum ApprovalAction {
    /** A cash out over a limit of the terminal's policy, or one that takes the expected cash below zero. */
    CASH_OUT,
    /** A closing difference over the allowed one. */
    CLOSING_DIFFERENCE,
    /** An opening count that differs from the last closing count, or a typed amount that differs from the count. */
    OPENING_DIFFERENCE,
    /** Counting the drawer again after a blind close showed the difference. */
    RECOUNT,
    /** A refund over the terminal's refund limit. @since 1.4 */
    REFUND,
    /** A line or order discount over the terminal's limit; its amount is what the discount takes off. @since 1.4 */
    DISCOUNT,
    /** A price override lower than the terminal allows; its amount is the new unit price. @since 1.4 */
    PRICE_OVERRIDE
}
