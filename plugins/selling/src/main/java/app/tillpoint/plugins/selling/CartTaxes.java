package app.tillpoint.plugins.selling;

import app.tillpoint.api.sale.TaxLine;
import app.tillpoint.api.sale.TaxRule;
import app.tillpoint.api.sale.TaxSummary;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.SwingConstants;
import java.util.Locale;

/**
 * The cart's taxes by rate, above its total: "Taxes included" or "Taxes added", then one line a rate ("CGST 2.5%
 * ₹3.71"). Empty while no line carries a rate. Shows what it is given; event thread only.
 */
final class CartTaxes extends JPanel {
    private final Locale locale;
    private final Texts texts;
    private TaxSummary shown;

    CartTaxes(Locale locale) {
        super(new MigLayout("insets 0, gap 4 0, wrap 2, hidemode 3", "[grow, fill][]"));
        this.locale = locale;
        this.texts = Texts.of(CartTaxes.class, locale);
        setName(Names.CART_TAXES);
    }

    /** Shows {@code taxes}, replacing what was shown. */
    void show(TaxSummary taxes) {
        if (taxes.equals(shown)) {
            return;
        }
        shown = taxes;
        removeAll();
        if (!taxes.isEmpty()) {
            JLabel heading = new JLabel(texts.get(taxes.prices() == TaxRule.Prices.EXCLUDED ? "cart.taxesAdded"
                    : "cart.taxesIncluded", taxes.tax().format(locale)));
            add(heading, "span 2");
            int n = 0;
            for (TaxLine line : taxes.lines()) {
                JLabel rate = new JLabel(line.rate().label());
                rate.setName(Names.CART_TAX_PREFIX + n + ".rate");
                JLabel tax = new JLabel(line.tax().format(locale));
                tax.setName(Names.CART_TAX_PREFIX + n);
                tax.setHorizontalAlignment(SwingConstants.RIGHT);
                add(rate, "gapleft 12, wmin 0");
                add(tax);
                n++;
            }
        }
        setVisible(!taxes.isEmpty());
        revalidate();
        repaint();
    }
}
