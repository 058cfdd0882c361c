package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import org.pf4j.Extension;

import java.util.Objects;

/**
 * Backend, in the register's menu: the cashier leaves the till and the dashboard shows the session as open, with
 * Continue Selling.
 */
@Extension
public class BackendMenuEntry implements MenuEntry {
    private final KioskContext ctx;

    public BackendMenuEntry(KioskContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    @Override
    public String id() {
        return "backend";
    }

    @Override
    public String label() {
        return "Backend";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void perform() {
        ctx.till().signOut();
        ctx.navigator().showDashboard();
    }
}
