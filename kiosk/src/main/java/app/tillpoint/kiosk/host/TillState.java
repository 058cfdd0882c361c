package app.tillpoint.kiosk.host;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.terminal.Audit;
import app.tillpoint.api.terminal.Till;
import app.tillpoint.kiosk.store.CashierLanguage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Who is at the till: the cashier whose identification, issued by the host, signed them in. In memory only, so after a
 * restart the next cashier identifies again. Signed in on the event thread; read by the store's guard on the
 * background thread too. The screens speak the language of the cashier at the till ({@link #shownLocale}): those who
 * listen ({@link #onLocaleChange}) hear of each change, on the thread that signed in or out (the event thread).
 */
public final class TillState implements Till {
    private final Identifications identifications;
    private final Audit audit;
    private final Locale terminalLocale;
    private final List<Consumer<Locale>> localeListeners = new CopyOnWriteArrayList<>();
    private volatile Cashier cashier;
    private volatile Locale shownLocale;

    /** A till whose screens speak English with the terminal's country unknown: for tests that ask no language. */
    public TillState(Identifications identifications, Audit audit) {
        this(identifications, audit, Locale.ENGLISH);
    }

    /** @param terminalLocale the terminal's locale, spoken while nobody (or a cashier of no language) is at the till */
    public TillState(Identifications identifications, Audit audit, Locale terminalLocale) {
        this.identifications = identifications;
        this.audit = audit;
        this.terminalLocale = terminalLocale;
        this.shownLocale = terminalLocale;
    }

    /**
     * The locale the screens speak now: the language of the cashier at the till with the terminal's country, or the
     * terminal's.
     */
    public Locale shownLocale() {
        return shownLocale;
    }

    /** {@code listener} hears the new locale each time it changes, on the thread that signed in or out. */
    public void onLocaleChange(Consumer<Locale> listener) {
        localeListeners.add(listener);
    }

    @Override
    public Optional<Cashier> cashier() {
        return Optional.ofNullable(cashier);
    }

    @Override
    public void signIn(Identification identification) {
        if (!identifications.take(identification)) {
            audit.record("till.signIn.refused", "An identification of " + identification.cashier().name()
                    + " that this kiosk did not issue, or that was stale or used, was refused");
            throw new IllegalArgumentException(identification.cashier().name() + " was not identified on this "
                    + "terminal just now: identify on the lock screen");
        }
        take(identification, identifications.languageOf(identification));
    }

    @Override
    @Deprecated
    public void signIn(Cashier newCashier) {
        Identification identification = identifications.takeLatest(newCashier.id()).orElseThrow(() -> {
            audit.record("till.signIn.refused", newCashier.name() + " (#" + newCashier.id()
                    + ") was signed in without identifying");
            return new IllegalArgumentException(newCashier.name() + " was not identified on this terminal just now: "
                    + "identify on the lock screen");
        });
        take(identification, identifications.languageOf(identification));
    }

    private void take(Identification identification, Optional<String> language) {
        Cashier who = identification.cashier();
        cashier = who;
        audit.record("till.signIn", who.name() + " (#" + who.id() + ") by " + identification.credential());
        speak(CashierLanguage.on(terminalLocale, language));
    }

    @Override
    public void signOut() {
        Cashier leaving = cashier;
        cashier = null;
        if (leaving != null) {
            audit.record("till.signOut", leaving.name() + " (#" + leaving.id() + ")");
        }
        speak(terminalLocale);
    }

    private void speak(Locale locale) {
        if (locale.equals(shownLocale)) {
            return;
        }
        shownLocale = locale;
        for (Consumer<Locale> listener : localeListeners) {
            listener.accept(locale);
        }
    }

    /**
     * Refuses an action with money in the name of anyone but the cashier at the till.
     *
     * @throws IllegalStateException with a message for the cashier
     */
    void requireAtTill(Cashier claimed, String action) {
        Cashier atTill = cashier;
        if (atTill == null || atTill.id() != claimed.id()) {
            audit.record("till.refused", action + " in the name of " + claimed.name() + " (#" + claimed.id()
                    + "), who is not at the till" + (atTill == null ? "" : " (" + atTill.name() + " is)"));
            throw new IllegalStateException(claimed.name() + " is not signed in at this till: identify first. "
                    + "Nothing was stored.");
        }
    }
}
