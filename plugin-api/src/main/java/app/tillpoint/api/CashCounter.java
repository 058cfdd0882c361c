package app.tillpoint.api;

import app.tillpoint.api.money.CashCount;
import org.pf4j.ExtensionPoint;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Counts cash by denomination, bill by bill and coin by coin, at opening and at closing. Provided by cash-counting.
 * Called on the event thread; shows its own overlay and returns at once.
 */
public interface CashCounter extends ExtensionPoint {

    /**
     * Lets the cashier count, starting from {@code request.start()}, then calls {@code done} on the event thread with
     * the confirmed count, or empty if the cashier cancelled.
     *
     * @param request what to count: the title and the count to start from
     * @param done    called once, on the event thread: the count as confirmed, in the start's currency and
     *                denominations, or empty
     */
    void count(CountRequest request, Consumer<Optional<CashCount>> done);

    /**
     * What to count.
     *
     * @param title shown at the top, e.g. "Opening cash"
     * @param start the count to start from (often empty), which also gives the currency and denominations
     */
    record CountRequest(String title, CashCount start) {
    }
}
