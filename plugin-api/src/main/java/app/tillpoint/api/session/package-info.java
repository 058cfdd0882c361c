/**
 * Sessions, from opening to closing: {@link app.tillpoint.api.session.Sessions} opens, moves cash, records
 * closing counts and closes, each in one transaction of the host's database; the requests it takes and the records
 * it returns; the refusals it throws when nothing was stored; and the head cashier's
 * {@link app.tillpoint.api.session.Approval}s, issued by the host through {@link app.tillpoint.api.session.Approvals}.
 *
 * @since 1.0
 */
package app.tillpoint.api.session;
