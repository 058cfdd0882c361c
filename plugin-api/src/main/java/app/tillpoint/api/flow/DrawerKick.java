package app.tillpoint.api.flow;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.device.DeviceException;
import app.tillpoint.api.ui.Texts;

import java.util.Locale;

/**
 * Kicks the drawer open after a stored change (an opening, a sale, a cash move), the one way every flow does it: in
 * the background, audited as {@code <plugin>.drawer.kick} or {@code <plugin>.drawer.failed}, and on failure the
 * cashier is told why and to open it with the key. The change stays stored either way. Event thread. @since 1.2
 */
public final class DrawerKick {
    private DrawerKick() {
    }

    /**
     * What the cashier reads when the drawer did not open, with the driver's reason: "Drawer did not open (not
     * connected): open it with the key". A reason that already says the drawer did not open is used as it is.
     *
     * @param reason why, as the driver said it ({@link DeviceException#getMessage()}); not null
     * @return the message for the cashier
     */
    public static String failedMessage(String reason) {
        return failedMessage(reason, Locale.ROOT);
    }

    /**
     * As {@link #failedMessage(String)}, in {@code locale}'s language; the driver's reason stays as it said it.
     *
     * @param reason why, as the driver said it; not null
     * @param locale the language, usually {@link app.tillpoint.api.terminal.TerminalInfo#locale()}
     * @return the message for the cashier
     * @since 1.3
     */
    public static String failedMessage(String reason, Locale locale) {
        Texts texts = Texts.of(KioskContext.class, locale);
        return reason.startsWith("Drawer did not open") ? texts.get("drawer.failedAsSaid", reason)
                : texts.get("drawer.failed", reason);
    }

    /**
     * Kicks the drawer for {@code what} ("order 12"). Returns at once: the kick runs in the background.
     *
     * @param kiosk  the calling plugin's context
     * @param plugin the plugin's id, the prefix of its audit events
     * @param what   what was stored, for the audit and the message, e.g. "order 12", "session 4", "cash move 7"
     */
    public static void after(KioskContext kiosk, String plugin, String what) {
        kiosk.background(() -> {
            kiosk.drawer().open();
            return what;
        }, kicked -> kiosk.audit().record(plugin + ".drawer.kick", "Drawer opened for " + what), e -> {
            String reason = e instanceof DeviceException ? e.getMessage() : String.valueOf(e);
            kiosk.audit().record(plugin + ".drawer.failed", what + ": " + reason);
            kiosk.navigator().message(failedMessage(reason, kiosk.terminal().locale()));
        });
    }
}
