package app.tillpoint.plugins.cashcounting;

import app.tillpoint.api.CashCounter;
import app.tillpoint.api.KioskContext;
import app.tillpoint.api.money.CashCount;
import app.tillpoint.api.terminal.Overlay;
import org.pf4j.Extension;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * The {@link CashCounter} of this plugin: shows a {@link CounterPanel} as an overlay in the kiosk window and hands the
 * confirmed count, or nothing, to the caller once the overlay is closed.
 */
@Extension
public class DenominationCounter implements CashCounter {
    private final KioskContext kiosk;

    public DenominationCounter(KioskContext kiosk) {
        this.kiosk = kiosk;
    }

    @Override
    public void count(CountRequest request, Consumer<Optional<CashCount>> done) {
        AtomicReference<Overlay> overlay = new AtomicReference<>();
        CounterPanel panel = new CounterPanel(request.title(), request.start(), kiosk.shownLocale(), result -> {
            overlay.get().close();
            done.accept(result);
        });
        overlay.set(kiosk.navigator().overlay(panel));
    }
}
