package app.tillpoint.kiosk.store;

import java.time.Instant;
import java.util.OptionalLong;

/**
 * One row of the audit.
 *
 * @param id        its number, in the order written
 * @param at        when it happened
 * @param event     a short dotted name, e.g. {@code login.failed}
 * @param detail    what a store manager needs to know
 * @param cashierId the cashier it concerns, if any
 */
public record AuditEvent(long id, Instant at, String event, String detail, OptionalLong cashierId) {
}
