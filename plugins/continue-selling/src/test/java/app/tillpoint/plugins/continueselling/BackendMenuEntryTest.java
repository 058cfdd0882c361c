package app.tillpoint.plugins.continueselling;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Role;
import app.tillpoint.api.terminal.Routes;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.ui.Names;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BackendMenuEntryTest {

    @Test
    void leavesTheTillAndShowsTheDashboard() {
        var kiosk = new TestKioskContext().withAtTill(new Cashier(1, "Asha", Role.CASHIER, false));
        var backend = new BackendMenuEntry(kiosk);

        backend.perform();

        assertThat(kiosk.atTill).isEmpty();
        assertThat(kiosk.routes).containsExactly(Routes.DASHBOARD);
        assertThat(Names.MENU_PREFIX + backend.id()).isEqualTo(Names.MENU_BACKEND);
        assertThat(backend.order()).isEqualTo(100);
    }
}
