package app.tillpoint.plugins.receipts;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.device.PrintJob;
import org.pf4j.Extension;

import java.util.Objects;
import java.util.Optional;

/**
 * Reprint last receipt, in the register's menu: the last sale's receipt again, marked as a copy, at the end of the
 * queue; and a printer that failed is tried again at once.
 */
@Extension
public class ReprintMenuEntry implements MenuEntry {
    private final KioskContext kiosk;

    public ReprintMenuEntry(KioskContext kiosk) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
    }

    @Override
    public String id() {
        return "reprint";
    }

    @Override
    public String label() {
        return Printing.texts(kiosk).get("menu.reprint");
    }

    @Override
    public int order() {
        return 360;
    }

    @Override
    public void perform() {
        kiosk.background(() -> {
            PrintQueue queue = Printing.queue(kiosk);
            Optional<PrintJob> last = queue.lastReceipt();
            if (last.isPresent()) {
                queue.add("reprint", last.get());
            }
            queue.wake();
            return last.isPresent();
        }, reprinted -> {
            if (!reprinted) {
                kiosk.navigator().message(Printing.texts(kiosk).get("notice.noReceipt"));
            }
        }, failure -> kiosk.navigator().message(failure.getMessage()));
    }
}
