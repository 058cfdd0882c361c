package app.tillpoint.kiosk.ui;

import app.tillpoint.api.Screen;
import app.tillpoint.api.ShownText;
import app.tillpoint.api.terminal.BadgeScans;
import app.tillpoint.api.terminal.Subscription;
import app.tillpoint.api.ui.Keyboard;
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
import javax.swing.JTextField;
import javax.swing.SwingConstants;
import javax.swing.text.AbstractDocument;
import javax.swing.text.AttributeSet;
import javax.swing.text.BadLocationException;
import javax.swing.text.DocumentFilter;
import java.awt.CardLayout;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first-run screen of a real terminal, shown instead of everything else until it has a head cashier: their name
 * on the on-screen keyboard, their badge scanned, their PIN twice on the keypad; then Create stores them (and marks
 * the terminal set up) in one transaction, and the dashboard follows. The host's own screen.
 */
public final class FirstRunScreen implements Screen {
    public static final String ROUTE = "firstRun";
    private static final int MAX_PIN_LENGTH = 12;

    /** Stores the first head cashier: on a background thread; throws with a message for the person at the screen. */
    @FunctionalInterface
    public interface Creator {
        void create(String name, String badge, char[] pin) throws Exception;
    }

    private enum Step {
        NAME(1), BADGE(2), PIN(3), PIN_AGAIN(4);

        private final int number;

        Step(int number) {
            this.number = number;
        }

        /** 1 to 4, as the screen counts the steps. */
        int number() {
            return number;
        }

        Step previous() {
            return switch (this) {
                case NAME, BADGE -> NAME;
                case PIN -> BADGE;
                case PIN_AGAIN -> PIN;
            };
        }
    }

    private final BadgeScans badges;
    private final BackgroundTasks tasks;
    private final Texts texts;
    private final Creator creator;
    private final Runnable created;

    // Built on the event thread by component(), the first time the screen is shown.
    private CardLayout cards;
    private JPanel center;
    private JLabel stepLabel;
    private JLabel prompt;
    private JLabel message;
    private JTextField name;
    private JLabel badgeState;
    private JPasswordField pin;
    private JPasswordField pinAgain;
    private JButton next;
    private JButton back;
    private JPanel panel;
    private Step step = Step.NAME;
    private String badge;
    private Subscription subscription;
    private boolean busy;
    private Runnable onFirstPaint = () -> { };

    /**
     * @param creator stores the head cashier (background)
     * @param created run on the event thread once they are stored
     */
    public FirstRunScreen(BadgeScans badges, BackgroundTasks tasks, Texts texts, Creator creator, Runnable created) {
        this.badges = badges;
        this.tasks = tasks;
        this.texts = texts;
        this.creator = creator;
        this.created = created;
    }

    @Override
    public String route() {
        return ROUTE;
    }

    /** Run once, on the event thread, right after the screen was first painted (the start-up probe). */
    public void onFirstPaint(Runnable callback) {
        this.onFirstPaint = callback;
    }

    @Override
    public JComponent component() {
        if (panel != null) {
            return panel;
        }
        cards = new CardLayout();
        center = new JPanel(cards);
        stepLabel = new JLabel(" ", SwingConstants.CENTER);
        prompt = new JLabel(" ", SwingConstants.CENTER);
        message = new JLabel(" ", SwingConstants.CENTER);
        name = new JTextField(24);
        badgeState = new JLabel(" ", SwingConstants.CENTER);
        pin = new JPasswordField();
        pinAgain = new JPasswordField();
        next = new JButton();
        back = new JButton();
        panel = new JPanel(new MigLayout("fill, insets 16, wrap 1", "[center, grow]", "[][][][][grow, fill][][]")) {
            @Override
            protected void paintComponent(java.awt.Graphics g) {
                super.paintComponent(g);
                Runnable callback = onFirstPaint;
                onFirstPaint = () -> { };
                javax.swing.SwingUtilities.invokeLater(callback);
            }
        };
        JLabel title = new JLabel(texts.get("firstRun.title"), SwingConstants.CENTER);
        Style.classes(title, Style.H1);
        JLabel intro = new JLabel(texts.get("firstRun.intro"), SwingConstants.CENTER);
        stepLabel.setName(Names.FIRST_RUN_STEP);
        Style.classes(stepLabel, Style.H3);
        Style.classes(prompt, Style.LARGE);
        panel.add(title, "growx");
        panel.add(intro, "growx, wmin 0");
        panel.add(stepLabel, "growx");
        panel.add(prompt, "growx");

        name.setName(Names.FIRST_RUN_NAME);
        Style.classes(name, Style.H3);
        // The name step shows a keyboard of its own, on every terminal.
        name.putClientProperty(Keyboard.ON_SCREEN, false);
        Keyboard keyboard = new Keyboard(this::nextTapped);
        keyboard.setTarget(name);
        JPanel nameCard = new JPanel(new MigLayout("insets 0, wrap 1", "[center, grow]", "[]12[]"));
        nameCard.add(name, "w 480!, h 48!");
        // Five rows of keys at least 48 px high, with their gaps.
        nameCard.add(keyboard, "w 600!, h 272!");
        center.add(nameCard, Step.NAME.name());

        badgeState.setName(Names.FIRST_RUN_BADGE);
        Style.classes(badgeState, Style.H2);
        JPanel badgeCard = new JPanel(new MigLayout("fill", "[center]", "push[]push"));
        badgeCard.add(badgeState);
        center.add(badgeCard, Step.BADGE.name());

        center.add(pinCard(pin, Names.FIRST_RUN_PIN), Step.PIN.name());
        center.add(pinCard(pinAgain, Names.FIRST_RUN_PIN_AGAIN), Step.PIN_AGAIN.name());
        panel.add(center, "grow");

        message.setName(Names.FIRST_RUN_MESSAGE);
        Style.classes(message, Style.LARGE);
        panel.add(message, "growx, wmin 0");
        back.setName(Names.FIRST_RUN_BACK);
        back.setText(texts.get("firstRun.back"));
        back.addActionListener(e -> backTapped());
        next.setName(Names.FIRST_RUN_NEXT);
        Style.classes(next, Style.H3);
        next.addActionListener(e -> nextTapped());
        JPanel buttons = new JPanel(new MigLayout("insets 0, gap 24", "[sg b, fill][sg b, fill]"));
        buttons.add(back, "w 200!, h 56!");
        buttons.add(next, "w 200!, h 56!");
        panel.add(buttons, "growx 0");
        return panel;
    }

    private JPanel pinCard(JPasswordField field, String componentName) {
        field.setName(componentName);
        field.setHorizontalAlignment(SwingConstants.CENTER);
        Style.classes(field, Style.H2);
        ((AbstractDocument) field.getDocument()).setDocumentFilter(new PinDigits());
        Keypad keypad = new Keypad(false, this::nextTapped);
        keypad.setTarget(field);
        JPanel card = new JPanel(new MigLayout("insets 0, wrap 1", "[center, grow]", "[]12[]"));
        card.add(field, "w 280!, h 56!");
        card.add(keypad, "w 280!, h 264!");
        return card;
    }

    @Override
    public void shown() {
        show(Step.NAME);
    }

    @Override
    public void hidden() {
        closeSubscription();
    }

    private void show(Step shown) {
        step = shown;
        String title = switch (shown) {
            case NAME -> "firstRun.name";
            case BADGE -> "firstRun.badge";
            case PIN -> "firstRun.pin";
            case PIN_AGAIN -> "firstRun.pinAgain";
        };
        stepLabel.setText(texts.get("firstRun.step", shown.number(), texts.get(title)));
        prompt.setText(texts.get(title + "Prompt"));
        message.setText(" ");
        back.setEnabled(shown != Step.NAME && !busy);
        next.setText(texts.get(shown == Step.PIN_AGAIN ? "firstRun.create" : "firstRun.next"));
        next.setEnabled(!busy);
        if (shown == Step.BADGE) {
            badgeState.setText(texts.get(badge == null ? "firstRun.badgePrompt" : "firstRun.badgeRead"));
            if (subscription == null) {
                subscription = badges.subscribe(this::badgeScanned);
            }
        } else {
            closeSubscription();
        }
        if (shown == Step.PIN_AGAIN) {
            pinAgain.setText("");
        }
        cards.show(center, shown.name());
    }

    private void badgeScanned(String code) {
        if (step == Step.BADGE && !busy) {
            badge = code;
            badgeState.setText(texts.get("firstRun.badgeRead"));
            show(Step.PIN);
        }
    }

    private void nextTapped() {
        if (busy) {
            return;
        }
        switch (step) {
            case NAME -> {
                Optional<String> unfit = ShownText.problemInName(name.getText().strip());
                if (name.getText().isBlank()) {
                    message.setText(texts.get("firstRun.nameMissing"));
                } else if (unfit.isPresent()) {
                    // Asked here, not only when the cashier is stored, so that the name is typed again at once.
                    message.setText(texts.get("firstRun.nameUnfit", unfit.get()));
                } else {
                    show(Step.BADGE);
                }
            }
            case BADGE -> {
                if (badge == null) {
                    message.setText(texts.get("firstRun.badgeMissing"));
                } else {
                    show(Step.PIN);
                }
            }
            case PIN -> {
                if (pin.getPassword().length < 4) {
                    message.setText(texts.get("firstRun.pinShort"));
                } else {
                    show(Step.PIN_AGAIN);
                }
            }
            case PIN_AGAIN -> create();
        }
    }

    private void backTapped() {
        if (!busy && step != Step.NAME) {
            show(step.previous());
        }
    }

    private void create() {
        char[] first = pin.getPassword();
        char[] second = pinAgain.getPassword();
        try {
            if (!Arrays.equals(first, second)) {
                message.setText(texts.get("firstRun.pinsDiffer"));
                pinAgain.setText("");
                return;
            }
        } finally {
            Arrays.fill(second, '\0');
        }
        setBusy(true);
        message.setText(texts.get("firstRun.creating"));
        String who = name.getText().strip();
        String code = badge;
        tasks.run(() -> {
            try {
                creator.create(who, code, first);
            } finally {
                Arrays.fill(first, '\0');
            }
            return who;
        }, done -> {
            setBusy(false);
            pin.setText("");
            pinAgain.setText("");
            created.run();
        }, failure -> {
            setBusy(false);
            message.setText(texts.get("firstRun.failed", failure.getMessage()));
        });
    }

    private void setBusy(boolean on) {
        busy = on;
        next.setEnabled(!on);
        back.setEnabled(!on && step != Step.NAME);
    }

    private void closeSubscription() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }

    /** Digits only, at most twelve: a PIN. */
    private static final class PinDigits extends DocumentFilter {
        @Override
        public void insertString(FilterBypass fb, int offset, String text, AttributeSet attrs)
                throws BadLocationException {
            replace(fb, offset, 0, text, attrs);
        }

        @Override
        public void replace(FilterBypass fb, int offset, int length, String text, AttributeSet attrs)
                throws BadLocationException {
            String added = text == null ? "" : text;
            if (added.chars().allMatch(Character::isDigit)
                    && fb.getDocument().getLength() - length + added.length() <= MAX_PIN_LENGTH) {
                fb.replace(offset, length, added, attrs);
            }
        }
    }
}
