package app.tillpoint.api;

import app.tillpoint.api.ui.Texts;

import java.util.Locale;
import java.util.Objects;

/**
 * The till's database could not do what was asked, for a reason outside Tillpoint: another program holds it, its file
 * may not be written, its disk is full or failing. Nothing was stored, so what the cashier entered (the cart, the
 * count, the amount) is kept and the same action tried again, once the fault is gone, stores it once. The message
 * names the fault in words fit for the cashier; {@link #notStored} adds what was not stored.
 *
 * <p>A host throws it wrapped in an unchecked exception (the services do not declare it): look for it with
 * {@link app.tillpoint.api.flow.Failures#find}. @since 1.2
 */
public class DatabaseFaultException extends Refusal {
    /** What went wrong. */
    private final Fault fault;

    /** What went wrong with the database. @since 1.2 */
    public enum Fault {
        /** Another program holds the database's write lock longer than the host waits (an administrator's tool). */
        BUSY("The till's database is busy (another program holds it)"),
        /** The database file or its folder may not be written (permissions, or a disk mounted read-only). */
        READ_ONLY("The till's database may not be written (its file or folder is read-only)"),
        /** The disk holding the database has no room left. */
        FULL("The till's disk is full"),
        /** Reading or writing the disk failed (a disk removed or failing). */
        DISK_ERROR("The till's disk could not be written (it may have been removed)");

        private final String message;

        Fault(String message) {
            this.message = message;
        }

        /**
         * The fault in words fit for the cashier, in English.
         *
         * @return e.g. "The till's disk is full"
         */
        public String message() {
            return message;
        }

        /**
         * The fault in words fit for the cashier, in {@code locale}'s language (English for one plugin-api does not
         * speak).
         *
         * @param locale the language, usually {@link app.tillpoint.api.terminal.TerminalInfo#locale()}
         * @return e.g. "टिल की डिस्क भर गई है"
         * @since 1.3
         */
        public String message(Locale locale) {
            return Texts.of(DatabaseFaultException.class, locale).get("fault." + name());
        }
    }

    /**
     * A refusal for {@code fault}, with its message.
     *
     * @param fault what went wrong
     */
    public DatabaseFaultException(Fault fault) {
        super(Objects.requireNonNull(fault, "fault").message());
        this.fault = fault;
    }

    /**
     * What went wrong.
     *
     * @return the fault
     */
    public Fault fault() {
        return fault;
    }

    /**
     * The sentence for the cashier: the fault, that {@code what} was not stored, and to try again, e.g. "The till's
     * database is busy (another program holds it): the sale was not stored; try again".
     *
     * @param what what the cashier asked for, e.g. "the sale", "the cash move"
     * @return the sentence, without a final full stop
     */
    public String notStored(String what) {
        return getMessage() + ": " + what + " was not stored; try again";
    }

    /**
     * As {@link #notStored(String)}, in {@code locale}'s language.
     *
     * @param what   what the cashier asked for, in that language
     * @param locale the language, usually {@link app.tillpoint.api.terminal.TerminalInfo#locale()}
     * @return the sentence, without a final full stop
     * @since 1.3
     */
    public String notStored(String what, Locale locale) {
        return Texts.of(DatabaseFaultException.class, locale).get("fault.notStored", fault.message(locale), what);
    }
}
