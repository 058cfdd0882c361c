package app.tillpoint.plugins.selling;

import app.tillpoint.api.MenuEntry;
import app.tillpoint.api.device.DeviceStatus;
import app.tillpoint.api.money.Money;
import app.tillpoint.api.session.Session;
import app.tillpoint.api.session.SessionState;
import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestKioskContext;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import app.tillpoint.api.ui.Style;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.Icon;
import javax.swing.ImageIcon;
import javax.swing.JButton;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.UIManager;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static app.tillpoint.api.testing.TestTerminal.ASHA;
import static app.tillpoint.api.testing.TestTerminal.INR;
import static app.tillpoint.api.testing.TestTerminal.KOLKATA;
import static org.assertj.core.api.Assertions.assertThat;

@GuiTest
class RegisterHeaderTest {
    private final List<String> performed = new ArrayList<>();
    private final List<MenuEntry> entries = new ArrayList<>();
    private FrameFixture window;
    private RegisterHeader header;


    @BeforeEach
    void showHeader(TestWindow testWindow) {
        window = testWindow.show(() -> {
            header = new RegisterHeader(() -> List.copyOf(entries), entry -> performed.add(entry.id()));
            JPanel content = new JPanel(new BorderLayout());
            content.add(header, BorderLayout.NORTH);
            return content;
        }, new Dimension(1024, 768));
    }

    @Test
    void showsTheValuesOfTheGivenSession() {
        Instant today0914 = LocalDate.now(KOLKATA).atTime(LocalTime.of(9, 14)).atZone(KOLKATA).toInstant();
        Session session = session(12, today0914, Money.ofMajor(1340, INR));

        GuiActionRunner.execute(() -> header.show(new TestKioskContext().terminal(), session, Optional.of(ASHA)));

        window.label(Names.REGISTER_TERMINAL).requireText("CHN LS Terminal 01");
        window.label(Names.REGISTER_SESSION).requireText("Session 12");
        window.label(Names.REGISTER_CASHIER).requireText("Asha");
        window.label(Names.REGISTER_OPENED_AT).requireText("Opened 09:14");
        window.label(Names.REGISTER_OPENING_CASH).requireText("Opening cash \u20b91,340.00");
    }

    @Test
    void theClockShowsTheTerminalsTimeAndTheDrawerAWarningWhileItCannotBeUsed() {
        Icon drawer = new ImageIcon(new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB));
        Icon warning = new ImageIcon(new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB));
        GuiActionRunner.execute(() -> {
            UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_DRAWER, drawer);
            UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_WARNING, warning);
        });
        try {
            String before = DateTimeFormatter.ofPattern("HH:mm").format(ZonedDateTime.now(KOLKATA));
            GuiActionRunner.execute(() -> header.show(new TestKioskContext().terminal(),
                    session(1, Instant.now(), Money.zero(INR)), Optional.of(ASHA)));
            String after = DateTimeFormatter.ofPattern("HH:mm").format(ZonedDateTime.now(KOLKATA));
            assertThat(window.label(Names.REGISTER_CLOCK).text()).isIn(before, after);

            GuiActionRunner.execute(() -> header.showDrawer(new DeviceStatus("Cash drawer",
                    DeviceStatus.State.SIMULATED, "")));
            assertThat(window.label(Names.REGISTER_DRAWER).target().getIcon()).isSameAs(drawer);
            GuiActionRunner.execute(() -> header.showDrawer(new DeviceStatus("Cash drawer",
                    DeviceStatus.State.NOT_CONNECTED, "/dev/ttyUSB0")));
            assertThat(window.label(Names.REGISTER_DRAWER).target().getIcon()).isSameAs(warning);
            GuiActionRunner.execute(() -> header.showDrawer(new DeviceStatus("Cash drawer",
                    DeviceStatus.State.READY, "")));
            assertThat(window.label(Names.REGISTER_DRAWER).target().getIcon()).isSameAs(drawer);
        } finally {
            GuiActionRunner.execute(() -> {
                UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_DRAWER, null);
                UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_WARNING, null);
            });
        }
    }

    @Test
    void theBackOfficeLinkIsAnIconSaidInTheCashiersLanguageAndNoneWithoutAnOffice() {
        Icon sync = new ImageIcon(new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB));
        Icon warning = new ImageIcon(new BufferedImage(24, 24, BufferedImage.TYPE_INT_ARGB));
        GuiActionRunner.execute(() -> {
            UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_SYNC, sync);
            UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_WARNING, warning);
        });
        try {
            Session session = session(1, Instant.now(), Money.zero(INR));
            GuiActionRunner.execute(() -> header.show(new TestKioskContext().terminal(), session, Optional.of(ASHA)));
            GuiActionRunner.execute(() -> header.showLink(BackOffice.Link.NONE));
            assertThat(window.robot().finder().findByName(header, Names.REGISTER_LINK, false).isVisible())
                    .as("no back office, no icon").isFalse();

            GuiActionRunner.execute(() -> header.showLink(BackOffice.Link.SYNCED));
            window.label(Names.REGISTER_LINK).requireVisible();
            assertThat(window.label(Names.REGISTER_LINK).target().getIcon()).isSameAs(sync);
            assertThat(window.label(Names.REGISTER_LINK).target().getToolTipText()).isEqualTo("Office: synced");

            GuiActionRunner.execute(() -> header.showLink(BackOffice.Link.OFFLINE));
            assertThat(window.label(Names.REGISTER_LINK).target().getIcon()).isSameAs(warning);
            assertThat(window.label(Names.REGISTER_LINK).target().getAccessibleContext().getAccessibleName())
                    .isEqualTo("Office: offline; sales wait safely on this terminal");

            GuiActionRunner.execute(() -> header.show(new TestKioskContext().terminal(),
                    java.util.Locale.forLanguageTag("hi-IN"), session, Optional.of(ASHA)));
            GuiActionRunner.execute(() -> header.showLink(BackOffice.Link.REFUSED));
            assertThat(window.label(Names.REGISTER_LINK).target().getIcon()).isSameAs(warning);
            assertThat(window.label(Names.REGISTER_LINK).target().getToolTipText())
                    .isEqualTo("ऑफ़िस ने इस टर्मिनल को मना किया; स्टोर मैनेजर को बताएँ");
            window.label(Names.REGISTER_SESSION).requireText("सत्र 1");
        } finally {
            GuiActionRunner.execute(() -> {
                UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_SYNC, null);
                UIManager.put(Style.ICON_KEY_PREFIX + Style.ICON_WARNING, null);
            });
        }
    }

    @Test
    void aSessionOpenedOnAnotherDayShowsTheDateAndNobodyAtTheTill() {
        Instant longAgo = LocalDateTime.of(2020, 1, 5, 18, 2).atZone(KOLKATA).toInstant();

        GuiActionRunner.execute(() -> header.show(new TestKioskContext().terminal(), session(3, longAgo, Money.zero(INR)),
                Optional.empty()));

        window.label(Names.REGISTER_OPENED_AT).requireText("Opened 5 Jan 2020, 18:02");
        window.label(Names.REGISTER_CASHIER).requireText("Nobody at the till");
    }

    @Test
    void theMenuListsEntriesByOrderWithTheirNames() {
        entries.add(entry("lock", "Lock", 900));
        entries.add(entry("backend", "Backend", 100));
        entries.add(entry("report", "X report", 500));

        JButton menu = window.button(Names.REGISTER_MENU).target();
        assertThat(menu.getWidth()).isGreaterThanOrEqualTo(48);
        assertThat(menu.getHeight()).isGreaterThanOrEqualTo(48);
        assertThat(menu.getLocationOnScreen().x + menu.getWidth())
                .as("top right").isGreaterThan(window.target().getLocationOnScreen().x + 1024 - 80);
        window.button(Names.REGISTER_MENU).click();

        Component[] items = GuiActionRunner.execute(() -> header.popup().getComponents());
        assertThat(Arrays.stream(items).map(Component::getName))
                .containsExactly(Names.MENU_BACKEND, "menu.report", Names.MENU_LOCK);
        assertThat(Arrays.stream(items).map(item -> ((JMenuItem) item).getText()))
                .containsExactly("Backend", "X report", "Lock");
        assertThat(Arrays.stream(items).map(Component::getHeight)).allMatch(height -> height >= 48);

        window.menuItem(Names.MENU_BACKEND).click();

        assertThat(performed).containsExactly("backend");
    }

    private static Session session(long id, Instant openedAt, Money openingCash) {
        return new Session(id, SessionState.OPEN, openedAt, ASHA, openingCash, Optional.empty(), "",
                Optional.empty(), Optional.empty());
    }

    private static MenuEntry entry(String id, String label, int order) {
        return new MenuEntry() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public int order() {
                return order;
            }

            @Override
            public void perform() {
                throw new AssertionError("the header hands taps to its owner");
            }
        };
    }
}
