package app.tillpoint.plugins.badgelogin;

import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.JScrollPane;
import javax.swing.ScrollPaneConstants;
import javax.swing.SwingConstants;
import javax.swing.text.AbstractDocument;
import java.awt.CardLayout;
import java.awt.Insets;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The lock screen's component: purpose, "Scan your badge", the cashier tiles, the PIN entry, a message and Cancel.
 * It knows no services: it reports what the cashier does to a {@link Listener}, and {@link LockScreen} tells it what
 * to show. It holds the badge subscription itself, so that it is open exactly while badges are taken: while the
 * panel is active and no PIN is being entered. Event thread only.
 */
final class LockPanel extends JPanel {

    /** What the cashier did on the lock screen. Called on the event thread. */
    interface Listener {
        void badgeScanned(String code);

        void selectCashierTapped();

        void cashierChosen(Cashier cashier);

        /** The PIN typed for {@code cashier}; the receiver owns the array and must clear it after use. */
        void pinEntered(Cashier cashier, char[] pin);

        void cancelled();
    }

    private static final String CARD_SCAN = "scan";
    private static final String CARD_CASHIERS = "cashiers";
    private static final String CARD_PIN = "pin";
    private static final int MAX_PIN_LENGTH = 12;

    private final BadgeScans badgeScans;
    private final ZoneId zone;
    private final LockMessages messages;
    private final boolean badgeOnlyTiles;
    private final Listener listener;

    private final JLabel purpose = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel prompt = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel message = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel readerStatus = new JLabel(" ", SwingConstants.CENTER);
    private final CardLayout cards = new CardLayout();
    private final JPanel center = new JPanel(cards);
    // Four equal columns whatever the names: a long name ends in "…" instead of pushing tiles off the screen.
    private final JPanel tiles = new JPanel(new MigLayout("wrap 4, insets 8, gap 12",
            "[0:0, grow, fill, sg tile]".repeat(4)));
    private final JScrollPane tileScroll = new JScrollPane(tiles,
            ScrollPaneConstants.VERTICAL_SCROLLBAR_AS_NEEDED, ScrollPaneConstants.HORIZONTAL_SCROLLBAR_NEVER);
    private final JPasswordField pinField = new JPasswordField();
    private final JButton selectCashier = new JButton();
    private final JButton cancel = new JButton();

    private boolean active;
    private Cashier pinCashier;
    private Subscription subscription;

    /**
     * @param badgeOnlyTiles whether a cashier without a PIN may tap their tile (then scan their badge); otherwise the
     *                       tile only tells them to scan it
     */
    LockPanel(BadgeScans badgeScans, ZoneId zone, Locale locale, boolean badgeOnlyTiles, Listener listener) {
        super(new MigLayout("fill, insets 24, wrap 1", "[center, grow]", "[][][][grow, fill][]"));
        this.badgeScans = badgeScans;
        this.zone = zone;
        this.messages = new LockMessages(locale);
        this.badgeOnlyTiles = badgeOnlyTiles;
        this.listener = listener;

        prompt.setText(messages.scanPrompt());
        selectCashier.setText(messages.selectCashier());
        cancel.setText(messages.cancel());
        purpose.setName(Names.LOCK_PURPOSE);
        Style.classes(purpose, Style.H2);
        prompt.setName(Names.LOCK_SCAN_PROMPT);
        Style.classes(prompt, Style.H1);
        message.setName(Names.LOCK_MESSAGE);
        Style.classes(message, Style.LARGE);
        add(purpose, "growx");
        add(prompt, "growx");
        add(message, "growx");

        JPanel scanCard = new JPanel(new MigLayout("fill, wrap 1", "[center]", "push[][]push"));
        JLabel hint = new JLabel(messages.orTapSelectCashier(), SwingConstants.CENTER);
        Style.classes(hint, Style.LARGE);
        scanCard.add(hint);
        scanCard.add(readerStatus);
        center.add(scanCard, CARD_SCAN);

        tileScroll.setBorder(null);
        tileScroll.getVerticalScrollBar().setUnitIncrement(48);
        center.add(tileScroll, CARD_CASHIERS);

        pinField.setName(Names.LOCK_PIN);
        Style.classes(pinField, Style.H2);
        pinField.setHorizontalAlignment(SwingConstants.CENTER);
        ((AbstractDocument) pinField.getDocument()).setDocumentFilter(new DigitsOnlyFilter(MAX_PIN_LENGTH));
        pinField.addActionListener(e -> submitPin());
        Keypad keypad = new Keypad(false, this::submitPin);
        keypad.setTarget(pinField);
        JPanel pinCard = new JPanel(new MigLayout("fill, wrap 1, insets 0", "[center, grow]", "push[]16[]push"));
        pinCard.add(pinField, "w 280!, h 56!");
        pinCard.add(keypad, "w 280!, h 280!");
        center.add(pinCard, CARD_PIN);
        add(center, "grow");

        selectCashier.setName(Names.LOCK_SELECT_CASHIER);
        Style.classes(selectCashier, Style.LARGE);
        selectCashier.addActionListener(e -> listener.selectCashierTapped());
        cancel.setName(Names.LOCK_CANCEL);
        Style.classes(cancel, Style.LARGE);
        cancel.addActionListener(e -> listener.cancelled());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 24", "[sg b, fill][sg b, fill]"));
        buttons.add(selectCashier, "wmin 220, hmin 64");
        buttons.add(cancel, "wmin 220, hmin 64");
        add(buttons, "growx 0");
    }

    /** The screen is shown for {@code purposeText}: start over at "Scan your badge" and take badges. */
    void activate(String purposeText) {
        active = true;
        purpose.setText(purposeText == null || purposeText.isBlank() ? " " : purposeText);
        var status = badgeScans.readerStatus();
        readerStatus.setText(status == null || status.usable() ? " " : status.describe());
        showScan();
        showMessage("");
    }

    /** The screen is hidden: take no badges and forget any PIN typed. */
    void deactivate() {
        active = false;
        pinCashier = null;
        pinField.setText("");
        closeSubscription();
    }

    /** "Scan your badge", with badges taken. */
    void showScan() {
        leavePin();
        cards.show(center, CARD_SCAN);
    }

    /** A tile for each cashier, in the order given; badges are still taken. */
    void showCashiers(List<Cashier> cashiers) {
        leavePin();
        tiles.removeAll();
        DragScroll drag = new DragScroll(tileScroll.getViewport());
        for (Cashier cashier : cashiers) {
            // A tap alone proves nothing: a cashier without a PIN identifies with their badge.
            boolean tappable = cashier.hasPin() || badgeOnlyTiles;
            String second = cashier.hasPin() ? messages.role(cashier.role())
                    : messages.role(cashier.role()) + " \u00b7 " + messages.scanPrompt();
            // Labels, never HTML: a name shows as it is written, whatever it holds.
            JButton tile = new JButton();
            tile.setLayout(new MigLayout("wrap 1, insets 0, gap 0, aligny center", "[center, grow, fill]"));
            JLabel name = new JLabel(cashier.name(), SwingConstants.CENTER);
            Style.classes(name, Style.H3);
            // The default size, so that "Head cashier · Scan your badge" fits a quarter of a 1024 px screen.
            JLabel role = new JLabel(second, SwingConstants.CENTER);
            tile.add(name, "wmin 0");
            tile.add(role, "wmin 0");
            tile.getAccessibleContext().setAccessibleName(cashier.name() + ", " + second);
            tile.setName(Names.lockCashier(cashier.id()));
            tile.setMargin(new Insets(4, 8, 4, 8));
            tile.setEnabled(tappable);
            name.setEnabled(tappable);
            role.setEnabled(tappable);
            tile.addActionListener(e -> listener.cashierChosen(cashier));
            drag.install(tile);
            tiles.add(tile, "h 88!");
        }
        if (cashiers.isEmpty()) {
            tiles.add(new JLabel(messages.noActiveCashiers()), "span");
        }
        tiles.revalidate();
        tiles.repaint();
        cards.show(center, CARD_CASHIERS);
        tileScroll.getVerticalScrollBar().setValue(0);
    }

    /** "Asha, scan your badge", with badges taken: a badge-only tile was tapped. */
    void showScanFor(Cashier cashier) {
        leavePin();
        prompt.setText(messages.scanFor(cashier));
        cards.show(center, CARD_SCAN);
        showMessage("");
    }

    /** The PIN entry for {@code cashier}; badges are not taken meanwhile, so digits typed are never a badge. */
    void showPinEntry(Cashier cashier) {
        pinCashier = cashier;
        closeSubscription();
        pinField.setText("");
        prompt.setText(messages.pinPrompt(cashier));
        showMessage(messages.enterPin());
        cards.show(center, CARD_PIN);
        pinField.requestFocusInWindow();
    }

    /** A refused PIN: a wrong one asks again, a lock-out goes back to "Scan your badge". */
    void showRefused(PinCheck check) {
        String text = messages.refused(check, zone);
        if (check.outcome() == PinCheck.Outcome.LOCKED_OUT) {
            showScan();
        } else {
            pinField.setText("");
        }
        showMessage(text);
    }

    void showMessage(String text) {
        message.setText(text == null || text.isEmpty() ? " " : text);
    }

    /** Whether badge scans are being received now. */
    boolean takingBadges() {
        return subscription != null;
    }

    /** The cashier whose PIN is being entered, if any. */
    Optional<Cashier> pinCashier() {
        return Optional.ofNullable(pinCashier);
    }

    private void leavePin() {
        pinCashier = null;
        pinField.setText("");
        prompt.setText(messages.scanPrompt());
        if (active && subscription == null) {
            subscription = badgeScans.subscribe(this::badge);
        }
    }

    private void badge(String code) {
        // A scan that was already on its way when the PIN entry opened is still not a badge.
        if (active && pinCashier == null) {
            listener.badgeScanned(code);
        }
    }

    private void submitPin() {
        if (pinCashier == null) {
            return;
        }
        char[] pin = pinField.getPassword();
        pinField.setText("");
        if (pin.length == 0) {
            showMessage(messages.enterPin());
            return;
        }
        showMessage(messages.checking());
        listener.pinEntered(pinCashier, pin);
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
