package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.flow.TakeTheTill;
import org.pf4j.Extension;

import java.util.Objects;

/**
 * Lock, in the register's menu: the cashier leaves the till, and the next one identifies to take it. Cancel on the
 * lock screen goes to the dashboard, with nobody at the till.
 */
@Extension
public class LockMenuEntry implements MenuEntry {
    private final KioskContext kiosk;

    public LockMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "lock";
    }

    @Override
    public String label() {
        return new LockMessages(kiosk.shownLocale()).lockLabel();
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void perform() {
        kiosk.till().signOut();
        TakeTheTill.thenRegister(kiosk, new LockMessages(kiosk.shownLocale()).unlockPurpose());
    }
}
