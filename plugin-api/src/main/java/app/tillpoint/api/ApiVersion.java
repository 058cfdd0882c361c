package app.tillpoint.api;

/**
 * The version of this plugin API, following semantic versioning: a new minor adds, a new major breaks.
 *
 * <p>1.1 added selling (catalog, sales), cash moves, closing and the terminal policy. 1.2 added the cash controls:
 * identifications the host issues for a credential ({@link app.tillpoint.api.cashier.Identification}), head
 * cashiers' approvals ({@link app.tillpoint.api.session.Approvals}), every closing count recorded, refusals
 * ({@link Refusal}), the flow helpers ({@link app.tillpoint.api.flow}) and the on-screen keyboard; also
 * {@link DashboardAction#perform(java.util.Optional)} with the session the button was offered for, and badge scans
 * delivered to the plugin whose screen is shown ({@link app.tillpoint.api.terminal.BadgeScans}); each change of money's
 * {@link SessionEvent}, delivered at least once and in order ({@link SessionListener#on}); the database's faults as
 * {@link DatabaseFaultException}; what a shown text may hold ({@link ShownText}) and Swing's HTML off
 * ({@link app.tillpoint.api.ui.PlainText}). 1.3 added taxes: a product's rates
 * ({@link app.tillpoint.api.sale.TaxRate}), the terminal's rule ({@link app.tillpoint.api.sale.TaxRule}), and the
 * summary by rate a cart and an order carry ({@link app.tillpoint.api.sale.TaxSummary}).
 * 1.3 also added the receipt printer
 * ({@link app.tillpoint.api.device.ReceiptPrinter}, {@link KioskContext#printer()}).
 * 1.3 also added product barcodes ({@link app.tillpoint.api.catalog.Barcode},
 * {@link app.tillpoint.api.catalog.Catalog#byBarcode}, {@link app.tillpoint.api.catalog.ScaleBarcode}) and the
 * product scanner ({@link app.tillpoint.api.terminal.ProductScans}). 1.4 added weighed and price-labelled cart lines
 * ({@link app.tillpoint.api.sale.Measure}, {@link app.tillpoint.api.sale.CartLine#measure()}) and the store's scale
 * barcodes ({@link app.tillpoint.api.terminal.TerminalInfo#scaleBarcodes()}), the language of the cashier at the till
 * ({@link KioskContext#shownLocale()}, {@link Screen#localeChanged}), a read-only view of the back office link
 * ({@link KioskContext#backOffice()}), refunds ({@link app.tillpoint.api.sale.Sales#refund},
 * {@link app.tillpoint.api.sale.Refund}), payment methods and split tender ({@link app.tillpoint.api.sale.Sales#sell},
 * {@link app.tillpoint.api.sale.Tender}), and discounts and price overrides ({@link app.tillpoint.api.sale.Discount},
 * {@link app.tillpoint.api.sale.PriceOverride} on a cart line, an order discount on the cart and the order) within
 * the limits a cashier may discount alone ({@link app.tillpoint.api.terminal.DiscountLimits}).
 * 1.5 added the receipt's code ({@link app.tillpoint.api.sale.ReceiptCode}), printed as a barcode and scanned to
 * find an order for a refund; and refunds as events ({@link SessionEvent.Kind#REFUNDED}, {@link SessionEvent#refund()},
 * {@link SessionListener#refunded}), and what a refund line gives back of a weighed, labelled or re-priced line
 * ({@link app.tillpoint.api.sale.Refundable#priceSold}); the taxes a refund gives back
 * ({@link app.tillpoint.api.sale.Refundable#taxesOf}, {@link app.tillpoint.api.sale.Refund#taxes()}) and a session's
 * taxes less them ({@link app.tillpoint.api.sale.TaxSummary#less});
 * a product's picture ({@link app.tillpoint.api.catalog.Product#image()}), shown on its tile;
 * and a settlement total below zero ({@link app.tillpoint.api.session.SettlementCount}), typed with the keypad's ±
 * key ({@link app.tillpoint.api.ui.Keypad#Keypad(boolean, boolean, Runnable)},
 * {@link app.tillpoint.api.ui.AmountField#signed}).
 *
 * <p>A plugin declares the range it needs in {@code plugin.properties}, e.g. {@code plugin.requires=>=1.0.0 & <2.0.0};
 * the host refuses, with a message naming both, a plugin whose range does not hold this version.
 */
public final class ApiVersion {
    /** This API's version, as {@code major.minor.patch}. @since 1.0 */
    public static final String CURRENT = "1.5.0";

    private ApiVersion() {
    }
}
