package app.tillpoint.plugins.selling;

import app.tillpoint.api.sale.ReceiptCode;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.junit.jupiter.api.Test;

import javax.swing.AbstractButton;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.util.Map;

import static app.tillpoint.plugins.selling.SellingShift.CHAI;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refund dialog reads the product scanner while it is shown: a receipt of this till is looked up as Find does;
 * another till's receipt, a product's barcode and anything else are said and change nothing.
 */
@GuiTest
class RefundScanTest {
    private final TestKioskContext kiosk = SellingShift.kiosk();

    private void open() {
        GuiActionRunner.execute(() -> new RefundMenuEntry(kiosk).perform());
    }

    private void scan(String code) {
        GuiActionRunner.execute(() -> kiosk.scans.scan(code));
    }

    private String text(String name) {
        return GuiActionRunner.execute(() -> {
            var found = kiosk.lastOverlay().find(name);
            return found instanceof JLabel label ? label.getText() : ((JTextComponent) found).getText();
        });
    }

    @Test
    void aReceiptOfThisTillIsLookedUpAsFindDoes() {
        open();
        int before = kiosk.backgroundTasks;

        // The code as the receipt of order 42 of this terminal ("CHN LS Terminal 01") carries it; small letters too.
        scan(new ReceiptCode(42, ReceiptCode.tagOf("CHN LS Terminal 01")).text().toLowerCase(java.util.Locale.ROOT));

        assertThat(kiosk.backgroundTasks).isEqualTo(before + 1);
        assertThat(text(Names.REFUND_ORDER)).isEqualTo("42");
        // The test kiosk's sales know no order 42: what Find says for a number of none.
        assertThat(text(Names.REFUND_MESSAGE)).isEqualTo("There is no order 42 on this terminal.");
    }

    @Test
    void anotherTillsReceiptIsSaidAndNothingIsLookedUp() {
        open();
        int before = kiosk.backgroundTasks;

        scan("TP42-000000");

        assertThat(text(Names.REFUND_MESSAGE)).isEqualTo("This receipt was printed by another till");
        assertThat(kiosk.backgroundTasks).isEqualTo(before);
        assertThat(text(Names.REFUND_ORDER)).isEmpty();
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
    }

    @Test
    void aProductsBarcodeIsSaidAndABadgeIsNeverShown() {
        kiosk.barcodes = Map.of("TP-CHAI", CHAI.id());
        open();

        scan("8901234000014");
        assertThat(text(Names.REFUND_MESSAGE)).isEqualTo("That is a product's barcode, not a receipt's");
        scan("TP-CHAI");
        assertThat(text(Names.REFUND_MESSAGE)).isEqualTo("That is a product's barcode, not a receipt's");
        scan("9001-SECRET");
        assertThat(text(Names.REFUND_MESSAGE)).isEqualTo("That is not a receipt's barcode");

        assertThat(text(Names.REFUND_ORDER)).isEmpty();
        assertThat(kiosk.sales).isEmpty();
        assertThat(kiosk.lastOverlay().isOpen()).isTrue();
    }

    @Test
    void theDialogStopsReadingTheScannerWhenItCloses() {
        int before = GuiActionRunner.execute(() -> kiosk.scans.listeners());
        open();
        assertThat(GuiActionRunner.execute(() -> kiosk.scans.listeners())).isEqualTo(before + 1);

        GuiActionRunner.execute(() -> ((AbstractButton) kiosk.lastOverlay().find(Names.REFUND_CANCEL)).doClick());

        assertThat(kiosk.lastOverlay().isOpen()).isFalse();
        assertThat(GuiActionRunner.execute(() -> kiosk.scans.listeners())).isEqualTo(before);
    }
}
