package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.session.CashMove;

import java.util.Objects;

/** Cash in or cash out in the register's menu: the two entries differ only by direction. */
abstract class CashMoveMenuEntry implements MenuEntry {
    private final KioskContext ctx;
    private final CashMove.Direction direction;

    CashMoveMenuEntry(KioskContext ctx, CashMove.Direction direction) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.direction = direction;
    }

    @Override
    public void perform() {
        new CashMoveFlow(ctx, direction).start();
    }
}
