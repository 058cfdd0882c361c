package app.tillpoint.kiosk.ui;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A notice at the foot of the window tells the cashier and covers nothing: the screen gives it a strip and keeps
 * taking taps, its foot included (where the register has Pay).
 */
@GuiTest
class NoticeBannerTest {
    private FrameFixture window;
    private NoticeBanner notices;
    private final AtomicInteger sold = new AtomicInteger();

    @BeforeEach
    void show(TestWindow testWindow) {
        window = testWindow.showUndecorated(() -> {
            JPanel content = new JPanel(new BorderLayout());
            JPanel screen = new JPanel(new BorderLayout());
            JButton pay = new JButton("Pay");
            pay.setName("pay");
            pay.setPreferredSize(new Dimension(1024, 72));
            pay.addActionListener(e -> sold.incrementAndGet());
            screen.add(pay, BorderLayout.SOUTH);
            content.add(screen, BorderLayout.CENTER);
            notices = new NoticeBanner(content, "OK");
            return content;
        }, new Dimension(1024, 768));
    }

    @Test
    void theNoticeTakesAStripBelowTheScreenWhoseFootStillTakesTapsUntilOkHidesIt() {
        Rectangle before = bounds("pay");
        GuiActionRunner.execute(() -> notices.show("The printer cannot print: out of paper. Sales go on and are "
                + "stored; what waits prints when the printer is back, or with Reprint last receipt."));

        window.textBox(Names.NOTICE_TEXT).requireVisible();
        Rectangle pay = bounds("pay");
        Rectangle notice = bounds(Names.NOTICE_OK).union(bounds(Names.NOTICE_TEXT));
        assertThat(pay.intersects(notice)).as("Pay at %s, the notice at %s", pay, notice).isFalse();
        assertThat(pay.y).as("the screen's foot moved up above the notice").isLessThan(before.y);
        assertThat(pay.height).isEqualTo(before.height);
        window.button("pay").click();
        window.button("pay").click();
        assertThat(sold).hasValue(2);

        GuiActionRunner.execute(() -> notices.show("The printer is back: 2 waiting slips printed."));
        window.textBox(Names.NOTICE_TEXT).requireText("The printer is back: 2 waiting slips printed.");
        window.button(Names.NOTICE_OK).click();
        assertThat(GuiActionRunner.execute(() -> notices.shown())).isFalse();
        window.robot().waitForIdle();
        assertThat(bounds("pay")).as("the screen has its whole height again").isEqualTo(before);
    }

    /** Where the component named {@code name} lies in the window. */
    private Rectangle bounds(String name) {
        JFrame frame = (JFrame) window.target();
        return GuiActionRunner.execute(() -> {
            Component found = window.robot().finder().findByName(frame, name);
            return SwingUtilities.convertRectangle(found.getParent(), found.getBounds(), frame.getRootPane());
        });
    }
}
