package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.CashMove;
import org.pf4j.Extension;

/** Cash out, in the register's menu: cash taken out of the drawer, with a reason; over a limit a head cashier approves. */
@Extension
public class CashOutMenuEntry extends CashMoveMenuEntry {
    public CashOutMenuEntry(KioskContext kiosk) {
        super(kiosk, CashMove.Direction.OUT);
    }

    @Override
    public String id() {
        return "cashOut";
    }

    @Override
    public String label() {
        return texts().get("cashMove.menuOut");
    }

    @Override
    public int order() {
        return 210;
    }
}
