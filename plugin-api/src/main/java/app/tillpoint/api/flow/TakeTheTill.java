package app.tillpoint.api.flow;

import app.tillpoint.api.CashierAuthenticator;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.terminal.Routes;

/**
 * The one way a cashier takes the till to sell (Continue Selling, Lock, the register found empty, the idle lock):
 * identify on the lock screen, sign in, show the register; on cancel, the dashboard with nobody at the till.
 * Event thread. @since 1.2
 */
public final class TakeTheTill {
    private TakeTheTill() {
    }

    /**
     * Asks a cashier to identify for {@code purpose} ("Continue Selling"), then shows them the register. Returns at
     * once. If no plugin can identify cashiers, the cashier is told so and nothing else happens.
     *
     * @param kiosk   the calling plugin's context
     * @param purpose shown on the lock screen
     */
    public static void thenRegister(KioskContext kiosk, String purpose) {
        kiosk.identify(CashierAuthenticator.Request.anyCashier(purpose), identification -> {
            if (identification.isPresent()) {
                kiosk.till().signIn(identification.get());
                kiosk.navigator().show(Routes.REGISTER);
            } else {
                kiosk.till().signOut();
                kiosk.navigator().showDashboard();
            }
        });
    }
}
