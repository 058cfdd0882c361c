package app.tillpoint.plugins.selling;

import app.tillpoint.api.KioskContext;
import app.tillpoint.api.catalog.Barcode;
import app.tillpoint.api.catalog.Product;
import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.sale.Measure;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Texts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The product scanner on the register: while the register is shown, each scan is looked up in the catalog (in the
 * background, in the order scanned) and its product added to the cart at once; an unknown code is said and changes
 * nothing. A weight or price barcode of the store's scales ({@link ScaleBarcode}) adds its item with what the label
 * measured ({@link ScaleScan}); a misread one (its check digit wrong) is said and changes nothing. While a
 * {@link ScanningDialog} is shown over the register (the refund dialog), the scan is the dialog's and adds nothing.
 * Event thread.
 */
final class ProductScanning {
    private static final Logger LOG = LoggerFactory.getLogger(ProductScanning.class);

    private final KioskContext kiosk;
    private final Consumer<Product> add;
    private final BiConsumer<Product, Measure> addMeasured;
    private final Consumer<String> say;
    private final BooleanSupplier dialogReads;
    private Subscription subscription;
    // Bumped at each start and stop, so that a lookup finishing after the register was left adds nothing.
    private long visit;

    /**
     * @param add         told each product scanned, on the event thread
     * @param addMeasured told each product a scale's label measured, with the measure, on the event thread
     * @param say         told what to show when a scan found nothing, on the event thread
     * @param dialogReads asked at each scan, on the event thread: whether a dialog over the register reads it instead
     */
    ProductScanning(KioskContext kiosk, Consumer<Product> add, BiConsumer<Product, Measure> addMeasured,
                    Consumer<String> say, BooleanSupplier dialogReads) {
        this.kiosk = Objects.requireNonNull(kiosk, "kiosk");
        this.add = Objects.requireNonNull(add, "add");
        this.addMeasured = Objects.requireNonNull(addMeasured, "addMeasured");
        this.say = Objects.requireNonNull(say, "say");
        this.dialogReads = Objects.requireNonNull(dialogReads, "dialogReads");
    }

    /** The register is shown: scans are products from now on. */
    void start() {
        stop();
        long mine = ++visit;
        try {
            subscription = kiosk.productScans().subscribe(code -> scanned(code, mine));
        } catch (UnsupportedOperationException e) {
            LOG.info("This kiosk delivers no product scans: the register sells by its tiles and search only");
        }
    }

    /** The register is hidden. */
    void stop() {
        visit++;
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void scanned(String code, long mine) {
        if (dialogReads.getAsBoolean()) {
            return;
        }
        List<ScaleBarcode.Rule> rules = kiosk.terminal().scaleBarcodes();
        Optional<ScaleBarcode> scale;
        try {
            scale = ScaleBarcode.read(code, rules);
        } catch (IllegalArgumentException e) {
            say.accept(texts().get("scale.misread", code.strip()));
            return;
        }
        if (scale.isPresent()) {
            weighed(scale.get(), rules, mine);
            return;
        }
        kiosk.background(() -> kiosk.catalog().byBarcode(code), found -> {
            if (mine != visit) {
                return;
            }
            found.ifPresentOrElse(add, () -> say.accept(unknown(code)));
        }, failure -> {
            LOG.error("Could not look up a scanned barcode", failure);
            if (mine == visit) {
                say.accept(texts().get("scan.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    /** A scale's label: its item looked up, then added with its weight or amount, or why not said. */
    private void weighed(ScaleBarcode scanned, List<ScaleBarcode.Rule> rules, long mine) {
        kiosk.background(() -> ScaleScan.lookUp(kiosk.catalog(), scanned, rules), found -> {
            if (mine != visit) {
                return;
            }
            if (found.refusal() != null) {
                say.accept(texts().get(found.refusal().key(), found.refusal().argument()));
            } else {
                addMeasured.accept(found.product(), found.measure());
            }
        }, failure -> {
            LOG.error("Could not look up a scale's barcode", failure);
            if (mine == visit) {
                say.accept(texts().get("scan.failed", String.valueOf(failure.getMessage())));
            }
        });
    }

    /**
     * "No product has the barcode 4006381333931", naming the code only when it is a retail barcode (digits, its check
     * digit right): a badge scanned on a shared reader is a credential, and is never shown.
     */
    private String unknown(String code) {
        Optional<Barcode> retail;
        try {
            retail = Optional.of(Barcode.parse(code)).filter(barcode -> barcode.kind().numeric());
        } catch (IllegalArgumentException e) {
            retail = Optional.empty();
        }
        return retail.map(barcode -> texts().get("scan.unknown", barcode.code()))
                .orElseGet(() -> texts().get("scan.unknownCode"));
    }

    private Texts texts() {
        return Texts.of(ProductScanning.class, kiosk.shownLocale());
    }
}
