package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.session.CashMove;
import org.pf4j.Extension;

/** Cash in, in the register's menu: cash put into the drawer outside a sale, with a reason. */
@Extension
public class CashInMenuEntry extends CashMoveMenuEntry {
    public CashInMenuEntry(KioskContext kiosk) {
        super(kiosk, CashMove.Direction.IN);
    }

    @Override
    public String id() {
        return "cashIn";
    }

    @Override
    public String label() {
        return texts().get("cashMove.menuIn");
    }

    @Override
    public int order() {
        return 200;
    }
}
