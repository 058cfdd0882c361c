package app.tillpoint.kiosk.ui;

import app.tillpoint.api.Screen;
import app.tillpoint.api.cashier.BadgeCheck;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.cashier.Cashiers;
import app.tillpoint.api.cashier.Identification;
import app.tillpoint.api.cashier.PinCheck;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Keypad;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.kiosk.host.BackgroundTasks;
import net.miginfocom.swing.MigLayout;

import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JPasswordField;
import javax.swing.SwingConstants;
import java.awt.CardLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The host's own head-cashier PIN pad, for Exit and the plugins screen when no plugin can identify cashiers (the
 * badge-login plugin disabled or missing): a head cashier scans their badge or taps their name, then types their PIN.
 * Checked through the host's cashiers, which issue the identification; cashiers who are not head cashiers are turned
 * away. Deliberately minimal: it is the way out, not a lock screen.
 */
public final class HostPinPad implements Screen {
    public static final String ROUTE = "hostPinPad";
    private static final String CARD_NAMES = "names";
    private static final String CARD_PIN = "pin";

    private final Cashiers cashiers;
    private final BadgeScans badges;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final Consumer<String> show;

    private JPanel panel;
    private CardLayout cards;
    private JPanel center;
    private JPanel names;
    private JLabel title;
    private JLabel purpose;
    private JLabel why;
    private JLabel prompt;
    private JButton cancel;
    private JLabel message;
    private JPasswordField pin;
    private Subscription subscription;
    private Consumer<Optional<Identification>> done;
    private Cashier pinOf;
    // Bumped by every step, so that a slow answer to an earlier one is dropped.
    private long step;

    /**
     * @param cashiers the host's cashiers, which issue identifications
     * @param badges   the host's own badge scans, delivered while this screen is shown
     * @param show     shows a route (the navigator's)
     */
    public HostPinPad(Cashiers cashiers, BadgeScans badges, BackgroundTasks tasks, Texts texts, Consumer<String> show) {
        this.cashiers = cashiers;
        this.badges = badges;
        this.tasks = tasks;
        this.texts = texts;
        this.show = show;
    }

    /**
     * Shows the pad for {@code what}, then calls {@code done} on the event thread with a head cashier's
     * identification, or empty when cancelled. A pending request is answered empty first. Event thread.
     */
    public void identify(String what, Consumer<Optional<Identification>> then) {
        Consumer<Optional<Identification>> old = done;
        done = then;
        if (old != null) {
            old.accept(Optional.empty());
        }
        component();
        purpose.setText(what);
        show.accept(ROUTE);
    }

    @Override
    public String route() {
        return ROUTE;
    }

    @Override
    public JComponent component() {
        if (panel != null) {
            return panel;
        }
        cards = new CardLayout();
        center = new JPanel(cards);
        names = new JPanel(new MigLayout("insets 0, wrap 3, gap 16", "[sg t, fill]", ""));
        center.add(names, CARD_NAMES);
        pin = new JPasswordField();
        pin.setName(Names.HOST_PIN_PIN);
        pin.setHorizontalAlignment(SwingConstants.CENTER);
        Style.classes(pin, Style.H2);
        Keypad keypad = new Keypad(false, this::pinEntered);
        keypad.setTarget(pin);
        JPanel pinCard = new JPanel(new MigLayout("insets 0, wrap 1", "[center, grow]", "[]12[]"));
        pinCard.add(pin, "w 280!, h 56!");
        pinCard.add(keypad, "w 280!, h 264!");
        center.add(pinCard, CARD_PIN);

        title = new JLabel(texts.get("hostPin.title"), SwingConstants.CENTER);
        Style.classes(title, Style.H1);
        purpose = new JLabel(" ", SwingConstants.CENTER);
        purpose.setName(Names.HOST_PIN_PURPOSE);
        Style.classes(purpose, Style.H3);
        why = new JLabel(texts.get("hostPin.why"), SwingConstants.CENTER);
        prompt = new JLabel(" ", SwingConstants.CENTER);
        Style.classes(prompt, Style.LARGE);
        message = new JLabel(" ", SwingConstants.CENTER);
        message.setName(Names.HOST_PIN_MESSAGE);
        Style.classes(message, Style.LARGE);
        cancel = new JButton(texts.get("hostPin.cancel"));
        cancel.setName(Names.HOST_PIN_CANCEL);
        cancel.addActionListener(e -> finish(Optional.empty()));

        panel = new JPanel(new MigLayout("fill, insets 16, wrap 1", "[center, grow]", "[][][][][grow, fill][][]"));
        panel.add(title, "growx");
        panel.add(purpose, "growx");
        panel.add(why, "growx, wmin 0");
        panel.add(prompt, "growx");
        panel.add(center, "grow");
        panel.add(message, "growx, wmin 0");
        panel.add(cancel, "w 200!, h 56!");
        return panel;
    }

    /** The pad's own words follow the screens' language ({@link Texts#following}). Event thread. */
    @Override
    public void localeChanged(Locale locale) {
        if (panel == null) {
            return;
        }
        title.setText(texts.get("hostPin.title"));
        why.setText(texts.get("hostPin.why"));
        cancel.setText(texts.get("hostPin.cancel"));
        if (pinOf == null) {
            prompt.setText(texts.get("hostPin.prompt"));
        }
    }

    @Override
    public void shown() {
        showNames();
        if (subscription == null) {
            subscription = badges.subscribe(this::badgeScanned);
        }
        long mine = ++step;
        message.setText(texts.get("hostPin.checking"));
        // The names are shown whatever the cashier did meanwhile (a badge scanned): only the message waits its turn.
        tasks.run(() -> cashiers.active().stream().filter(Cashier::isHeadCashier).toList(), heads -> {
            showTiles(heads);
            if (mine == step) {
                message.setText(" ");
            }
        }, failure -> failed(mine, failure));
    }

    @Override
    public void hidden() {
        step++;
        pin.setText("");
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    private void showNames() {
        pinOf = null;
        pin.setText("");
        prompt.setText(texts.get("hostPin.prompt"));
        cards.show(center, CARD_NAMES);
    }

    private void showTiles(List<Cashier> heads) {
        names.removeAll();
        for (Cashier head : heads) {
            JButton tile = new JButton(head.name());
            tile.setName(Names.HOST_PIN_CASHIER_PREFIX + head.id());
            tile.addActionListener(e -> askPin(head));
            names.add(tile, "w 200!, h 72!");
        }
        names.revalidate();
        names.repaint();
    }

    private void badgeScanned(String code) {
        if (done == null || pinOf != null) {
            return;
        }
        long mine = ++step;
        message.setText(texts.get("hostPin.checking"));
        tasks.run(() -> cashiers.checkBadge(code), check -> {
            if (mine == step) {
                badgeChecked(check);
            }
        }, failure -> failed(mine, failure));
    }

    private void badgeChecked(BadgeCheck check) {
        if (check.cashier().isEmpty()) {
            message.setText(texts.get("hostPin.unknownBadge"));
        } else if (!check.cashier().get().isHeadCashier()) {
            message.setText(texts.get("hostPin.notHead", check.cashier().get().name()));
        } else if (check.identification().isPresent()) {
            finish(check.identification());
        } else {
            askPin(check.cashier().get());
        }
    }

    private void askPin(Cashier head) {
        step++;
        pinOf = head;
        pin.setText("");
        prompt.setText(texts.get("hostPin.enterPin", head.name()));
        message.setText(" ");
        cards.show(center, CARD_PIN);
        pin.requestFocusInWindow();
    }

    private void pinEntered() {
        Cashier head = pinOf;
        char[] typed = pin.getPassword();
        pin.setText("");
        if (head == null || typed.length == 0) {
            return;
        }
        long mine = ++step;
        message.setText(texts.get("hostPin.checking"));
        tasks.run(() -> {
            try {
                return cashiers.checkPin(head, typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, check -> {
            if (mine == step) {
                pinChecked(check, head);
            }
        }, failure -> failed(mine, failure));
    }

    private void pinChecked(PinCheck check, Cashier head) {
        switch (check.outcome()) {
            case ACCEPTED -> {
                if (check.identification().isPresent()) {
                    finish(check.identification());
                } else {
                    message.setText(texts.get("hostPin.notConfirmed", head.name()));
                }
            }
            case WRONG -> message.setText(texts.get("hostPin.wrongPin", check.attemptsLeft()));
            case LOCKED_OUT -> {
                showNames();
                message.setText(texts.get("hostPin.lockedOut", head.name()));
            }
        }
    }

    private void failed(long mine, Exception failure) {
        if (mine == step) {
            message.setText(texts.get("hostPin.failed", failure.getMessage()));
        }
    }

    private void finish(Optional<Identification> identification) {
        step++;
        Consumer<Optional<Identification>> then = done;
        done = null;
        showNames();
        if (then != null) {
            then.accept(identification);
        }
    }
}
