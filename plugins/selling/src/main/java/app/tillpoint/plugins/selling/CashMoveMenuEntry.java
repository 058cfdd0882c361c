package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.session.CashMove;
import app.tillpoint.api.ui.Texts;

import java.util.Objects;

/** Cash in or cash out in the register's menu: the two entries differ only by direction. */
abstract class CashMoveMenuEntry implements MenuEntry {
    private final KioskContext kiosk;
    private final CashMove.Direction direction;

    CashMoveMenuEntry(KioskContext kiosk, CashMove.Direction direction) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.direction = direction;
    }

    @Override
    public void perform() {
        new CashMoveFlow(kiosk, direction).start();
    }

    /** The texts in the language the till speaks now. */
    protected Texts texts() {
        return Texts.of(CashMoveMenuEntry.class, kiosk.shownLocale());
    }
}
