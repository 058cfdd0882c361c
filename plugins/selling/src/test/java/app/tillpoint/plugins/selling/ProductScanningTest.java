package app.tillpoint.plugins.selling;

import app.tillpoint.api.catalog.ScaleBarcode;
import app.tillpoint.api.sale.RefundLine;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestTerminal;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.testing.TouchTheme;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JLayeredPane;
import javax.swing.SwingUtilities;
import java.awt.Dimension;
import java.util.List;
import java.util.Map;

import static app.tillpoint.plugins.selling.SellingShift.CHAI;
import static app.tillpoint.plugins.selling.SellingShift.SAMOSA;
import static org.assertj.core.api.Assertions.assertThat;

/** The product scanner on the register: a scan adds its product at once; an unknown code is said, nothing changes. */
@GuiTest
class ProductScanningTest {
    private final TestKioskContext kiosk = SellingShift.kiosk();
    private FrameFixture window;
    private RegisterScreen screen;

    @BeforeAll
    static void installChecks() {
        TouchTheme.install();
    }

    @BeforeEach
    void showRegister(TestWindow testWindow) {
        kiosk.barcodes = Map.of("8901234000014", CHAI.id(), "96385074", SAMOSA.id());
        window = testWindow.showUndecorated(() -> {
            screen = new RegisterScreen(kiosk);
            var component = screen.component();
            screen.shown();
            return component;
        }, new Dimension(1024, 768));
    }

    private void scan(String code) {
        GuiActionRunner.execute(() -> kiosk.scans.scan(code));
        window.robot().waitForIdle();
    }

    @Test
    void aScanAddsItsProductAtOnceAndAgainAddsOneMore() {
        scan("8901234000014");
        scan("96385074");
        scan("8901234000014");

        window.textBox(Names.CART_LINE_PREFIX + CHAI.id() + ".quantity").requireText("2");
        window.textBox(Names.CART_LINE_PREFIX + SAMOSA.id() + ".quantity").requireText("1");
        window.label(Names.CART_TOTAL).requireText("₹55.00");
    }

    @Test
    void anUnknownRetailCodeIsNamedAndChangesNothing() {
        scan("8901234000014");

        scan("4006381333931");

        window.label(Names.CART_MESSAGE).requireText("No product has the barcode 4006381333931");
        window.label(Names.CART_TOTAL).requireText("₹20.00");
        window.textBox(Names.CART_LINE_PREFIX + CHAI.id() + ".quantity").requireText("1");
    }

    @Test
    void aBadgeScannedOnTheRegisterIsNeverShown() {
        // A reader shared with the badges: the cashier's badge on the register is no product, and a credential.
        scan("1001");
        scan("9001-SECRET");

        window.label(Names.CART_MESSAGE).requireText("No product has this barcode");
        assertThat(window.label(Names.CART_MESSAGE).text()).doesNotContain("9001");
        window.label(Names.CART_TOTAL).requireText("₹0.00");
    }

    @Test
    void onlyTheShownRegisterHearsScans() {
        assertThat(kiosk.scans.listeners()).isEqualTo(1);

        GuiActionRunner.execute(() -> screen.hidden());
        scan("8901234000014");

        assertThat(kiosk.scans.listeners()).isZero();
        window.label(Names.CART_TOTAL).requireText("₹0.00");
        GuiActionRunner.execute(() -> screen.shown());
        assertThat(kiosk.scans.listeners()).isEqualTo(1);
    }

    @Test
    void whileTheRefundDialogIsShownOverTheRegisterAScanIsItsAndAddsNothing() {
        RefundPanel dialog = GuiActionRunner.execute(() -> {
            // Where the kiosk's overlays go: the register's window, above its content.
            JLayeredPane layers = SwingUtilities.getRootPane(screen.component()).getLayeredPane();
            RefundPanel panel = new RefundPanel(TestTerminal.EN_IN, new RefundPanel.Listener() {
                @Override
                public void find(long orderId) {
                }

                @Override
                public void confirm(long orderId, List<RefundLine> lines, String method) {
                }

                @Override
                public void cancel() {
                }
            });
            panel.setBounds(0, 0, 640, 480);
            layers.add(panel, JLayeredPane.MODAL_LAYER);
            return panel;
        });

        scan("8901234000014");
        window.label(Names.CART_TOTAL).requireText("₹0.00");

        GuiActionRunner.execute(() -> {
            dialog.getParent().remove(dialog);
            return null;
        });
        scan("8901234000014");
        window.label(Names.CART_TOTAL).requireText("₹20.00");
    }

    @Test
    void aScaleLabelAddsItsWeighedLineAndOfAProductCountedInPiecesChangesNothing() {
        kiosk.scaleBarcodes = List.of(new ScaleBarcode.Rule("21", 5, ScaleBarcode.Content.WEIGHT_GRAMS));
        // Samosa known by item 10001 under the weight prefix: ₹15.00 a kilogram.
        kiosk.barcodes = Map.of("8901234000014", CHAI.id(), "2110001000003", SAMOSA.id());

        scan("2110001012556"); // 1,255 g: 1,500 × 1,255 / 1,000 = 1,882.5 → ₹18.83
        window.label(Names.CART_TOTAL).requireText("₹18.83");
        window.label(Names.CART_LINE_PREFIX + SAMOSA.id() + ".unitPrice").requireText("1.255 kg at ₹15.00/kg");
        scan("2110001007507"); // 750 g more on the same line: 2,005 g, 3,007.5 → ₹30.08
        window.label(Names.CART_TOTAL).requireText("₹30.08");
        window.label(Names.CART_LINE_PREFIX + SAMOSA.id() + ".unitPrice").requireText("2.005 kg at ₹15.00/kg");

        scan("8901234000014");
        kiosk.barcodes = Map.of("8901234000014", CHAI.id(), "2110001000003", CHAI.id());
        scan("2110001012556");
        window.label(Names.CART_MESSAGE).requireText("Masala Chai is in the cart counted in pieces: remove that line "
                + "to sell it by its label");
        window.label(Names.CART_TOTAL).requireText("₹50.08");

        scan("2110001012557");
        window.label(Names.CART_MESSAGE).requireText("This label did not read right (its check digit): scan it again");
        window.label(Names.CART_TOTAL).requireText("₹50.08");
    }
}
