package app.tillpoint.plugins.selling;

import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.cashier.Cashier;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.api.terminal.TerminalInfo;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import app.tillpoint.api.ui.Texts;
import net.miginfocom.swing.MigLayout;

import javax.swing.Icon;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JPopupMenu;
import javax.swing.Timer;
import java.awt.Dimension;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The register's header bar: terminal, session number, the cashier at the till, when the session was opened, its
 * opening cash; on the right the back office link and the cash drawer's state as icons, the clock, and the menu built
 * from {@link MenuEntry} extensions. Shows what it is given; knows no services. Event thread only.
 */
final class RegisterHeader extends JPanel {
    private static final int TOUCH = 56;
    private static final String CLOCK = "HH:mm";

    private final JLabel terminal = label(Names.REGISTER_TERMINAL, Style.H3);
    private final JLabel session = label(Names.REGISTER_SESSION, Style.LARGE);
    private final JLabel cashier = label(Names.REGISTER_CASHIER, Style.LARGE);
    private final JLabel openedAt = label(Names.REGISTER_OPENED_AT, Style.LARGE);
    private final JLabel openingCash = label(Names.REGISTER_OPENING_CASH, Style.LARGE);
    private final JLabel drawer = label(Names.REGISTER_DRAWER, Style.LARGE);
    private final JLabel link = label(Names.REGISTER_LINK, Style.LARGE);
    private final JLabel clock = label(Names.REGISTER_CLOCK, Style.H3);
    private final JButton menu = new JButton();
    // The clock ticks while the header is in a window: a minute's change shows within 10 s.
    private final Timer ticks = new Timer(10_000, e -> tick());
    /** The terminal's zone and locale, from the first {@link #show} or {@link #clear}; the clock is blank before. */
    private ZoneId zone;
    private Locale locale;
    private final Supplier<List<MenuEntry>> entries;
    private final Consumer<MenuEntry> tapped;
    private JPopupMenu popup;
    /** The texts in the language of the last {@link #show} or {@link #clear}. */
    private Texts texts;

    /**
     * @param entries the menu entries, asked each time the menu opens
     * @param tapped  runs an entry the cashier tapped
     */
    RegisterHeader(Supplier<List<MenuEntry>> entries, Consumer<MenuEntry> tapped) {
        super(new MigLayout("fillx, insets 8 16 8 8, gapx 24, gapy 2", "[][][][]push[][][]", "[][]"));
        this.entries = entries;
        this.tapped = tapped;
        Style.classes(this, Style.BAR);
        add(terminal, "cell 0 0 4 1, wmin 0");
        add(session, "cell 0 1");
        cashier.setIcon(Style.icon(Style.ICON_BADGE));
        add(cashier, "cell 1 1, wmin 0");
        add(openedAt, "cell 2 1");
        add(openingCash, "cell 3 1");
        link.setVisible(false);
        add(link, "cell 4 0 1 2, aligny center, hidemode 3, split 2");
        add(drawer, "aligny center");
        add(clock, "cell 5 0 1 2, aligny center");
        menu.setName(Names.REGISTER_MENU);
        Icon menuIcon = Style.icon(Style.ICON_MENU);
        if (menuIcon != null) {
            menu.setIcon(menuIcon);
        } else {
            menu.setText("\u2630"); // under a look and feel without the kiosk's icons
        }
        Style.classes(menu, Style.BAR, Style.H2);
        menu.addActionListener(e -> openMenu());
        add(menu, "cell 6 0 1 2, aligny center, w " + TOUCH + "!, h " + TOUCH + "!");
    }

    @Override
    public void addNotify() {
        super.addNotify();
        tick();
        ticks.start();
    }

    @Override
    public void removeNotify() {
        ticks.stop();
        super.removeNotify();
    }

    private void tick() {
        if (zone == null) {
            return;
        }
        clock.setText(DateTimeFormatter.ofPattern(CLOCK, locale).format(ZonedDateTime.now(zone)));
    }

    /** Shows the cash drawer's state: its icon, or the warning icon in its place while it cannot be used. */
    void showDrawer(DeviceStatus status) {
        drawer.setIcon(Style.icon(status.usable() ? Style.ICON_DRAWER : Style.ICON_WARNING));
        drawer.getAccessibleContext().setAccessibleName(status.device() + ": " + status.state() + " " + status.detail());
    }

    /**
     * Shows the back office link: the sync icon while synced or sending, the warning icon while offline or refused,
     * nothing without a back office; what it means in the tooltip and for a screen reader.
     */
    void showLink(BackOffice.Link state) {
        link.setVisible(state != BackOffice.Link.NONE);
        if (state == BackOffice.Link.NONE) {
            return;
        }
        boolean fine = state == BackOffice.Link.SYNCED || state == BackOffice.Link.SENDING;
        link.setIcon(Style.icon(fine ? Style.ICON_SYNC : Style.ICON_WARNING));
        String meaning = texts == null ? state.name() : texts.get("header.link." + state.name());
        link.setToolTipText(meaning);
        link.getAccessibleContext().setAccessibleName(meaning);
    }

    /** Shows the values of {@code open}, at {@code terminalInfo}, with {@code atTill} at the till. */
    void show(TerminalInfo terminalInfo, Session open, Optional<Cashier> atTill) {
        show(terminalInfo, terminalInfo.locale(), open, atTill);
    }

    /** As above, in {@code shown}: the language of the cashier at the till. */
    void show(TerminalInfo terminalInfo, Locale shown, Session open, Optional<Cashier> atTill) {
        texts = Texts.of(RegisterHeader.class, shown);
        zone = terminalInfo.zone();
        locale = shown;
        tick();
        menu.setToolTipText(texts.get("header.menu"));
        menu.getAccessibleContext().setAccessibleName(texts.get("header.menu"));
        terminal.setText(terminalInfo.name());
        session.setText(texts.get("header.session", String.valueOf(open.id())));
        cashier.setText(atTill.map(Cashier::name).orElse(texts.get("header.nobody")));
        openedAt.setText(openedText(terminalInfo, shown, open));
        openingCash.setText(texts.get("header.openingCash", open.openingCash().format(shown)));
    }

    /** Shows that no session is loaded (yet). */
    void clear(TerminalInfo terminalInfo) {
        clear(terminalInfo, terminalInfo.locale());
    }

    /** As above, in {@code shown}: the language of the cashier at the till. */
    void clear(TerminalInfo terminalInfo, Locale shown) {
        texts = Texts.of(RegisterHeader.class, shown);
        zone = terminalInfo.zone();
        locale = shown;
        tick();
        menu.setToolTipText(texts.get("header.menu"));
        terminal.setText(terminalInfo.name());
        for (JLabel label : List.of(session, cashier, openedAt, openingCash)) {
            label.setText(" ");
        }
    }

    /** The popup last opened, for tests; null before the first. */
    JPopupMenu popup() {
        return popup;
    }

    /** When {@code open} was opened, in {@code shown}. */
    static String openedText(TerminalInfo terminalInfo, Locale shown, Session open) {
        var when = open.openedAt().atZone(terminalInfo.zone());
        Texts texts = Texts.of(RegisterHeader.class, shown);
        String time = DateTimeFormatter.ofPattern("HH:mm", shown).format(when);
        if (when.toLocalDate().equals(LocalDate.now(terminalInfo.zone()))) {
            return texts.get("header.openedToday", time);
        }
        String day = DateTimeFormatter.ofPattern("d MMM yyyy", shown).format(when);
        return texts.get("header.opened", day, time);
    }

    private void openMenu() {
        List<MenuEntry> sorted = new ArrayList<>(entries.get());
        sorted.sort(Comparator.comparingInt(MenuEntry::order));
        popup = new JPopupMenu();
        for (MenuEntry entry : sorted) {
            JMenuItem item = new JMenuItem(entry.label());
            item.setName(Names.MENU_PREFIX + entry.id());
            Style.classes(item, Style.LARGE);
            Dimension size = item.getPreferredSize();
            item.setPreferredSize(new Dimension(Math.max(size.width, 240), Math.max(size.height, TOUCH)));
            item.addActionListener(e -> tapped.accept(entry));
            popup.add(item);
        }
        if (sorted.isEmpty()) {
            JMenuItem none = new JMenuItem(texts == null ? " " : texts.get("header.noEntries"));
            none.setEnabled(false);
            popup.add(none);
        }
        // Right-aligned under the button, so that it stays inside the window.
        popup.show(menu, menu.getWidth() - popup.getPreferredSize().width, menu.getHeight());
    }

    private static JLabel label(String name, String styleClass) {
        JLabel label = new JLabel(" ");
        label.setName(name);
        Style.classes(label, Style.BAR, styleClass);
        return label;
    }
}
