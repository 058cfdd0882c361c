package app.tillpoint.plugins.receipts;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.device.ReceiptPrinter;
import app.tillpoint.api.sale.Order;
import app.tillpoint.api.sale.Refund;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.swing.SwingUtilities;
import java.time.Duration;

/**
 * What the plugin's extensions share: the slips in the terminal's words, and the print queue of the plugin's data
 * folder, whose faults the cashier is told of once each (a message, while the register goes on) and the audit
 * records.
 */
final class Printing {
    private static final Logger LOG = LoggerFactory.getLogger(Printing.class);
    /** How often a printer that failed is tried again. */
    static final Duration RETRY = Duration.ofSeconds(3);

    private Printing() {
    }

    static Slips slips(KioskContext kiosk) {
        return new Slips(kiosk.terminal().store(), kiosk.terminal().name(), kiosk.terminal().locale(),
                kiosk.terminal().zone());
    }

    static Texts texts(KioskContext kiosk) {
        return Texts.of(Printing.class, kiosk.terminal().locale());
    }

    /**
     * The taxes by rate of session {@code sessionId}'s orders, and of its refunds, each added up. Blocks on the
     * database.
     */
    static SessionTaxes taxes(KioskContext kiosk, long sessionId) {
        return new SessionTaxes(TaxSummary.sum(kiosk.terminal().currency(),
                kiosk.sales().orders(sessionId).stream().map(Order::taxes).toList()),
                TaxSummary.sum(kiosk.terminal().currency(),
                        kiosk.sales().refunds(sessionId).stream().map(Refund::taxes).toList()));
    }

    /** The queue of this plugin's data folder, started at its first use. */
    static PrintQueue queue(KioskContext kiosk) {
        Texts texts = texts(kiosk);
        return PrintQueue.of(kiosk.pluginData(), kiosk.printer(), new PrintQueue.Listener() {
            @Override
            public void fault(ReceiptPrinter.State state) {
                kiosk.audit().record("printer.fault", state.name());
                tell(kiosk, texts.get("notice.fault", texts.get("state." + state.name())));
            }

            @Override
            public void back(int printed) {
                kiosk.audit().record("printer.back", printed + " waiting job(s) printed");
                tell(kiosk, texts.get("notice.back", Integer.toString(printed)));
            }
        }, RETRY);
    }

    /** Tells the cashier in a notice, which blocks nothing, on the event thread, without waiting for it. */
    static void tell(KioskContext kiosk, String text) {
        LOG.info("Told the cashier: {}", text);
        SwingUtilities.invokeLater(() -> kiosk.navigator().notice(text));
    }
}
