package app.tillpoint.kiosk.ui;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.api.ui.Names;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.swing.JButton;
import javax.swing.JLayeredPane;
import java.awt.Dimension;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** A notice at the foot of the window tells the cashier and blocks nothing: the screen under it still takes taps. */
@GuiTest
class NoticeBannerTest {
    private FrameFixture window;
    private NoticeBanner notices;
    private final AtomicInteger sold = new AtomicInteger();

    @BeforeEach
    void show(TestWindow testWindow) {
        window = testWindow.show(() -> {
            JLayeredPane layers = new JLayeredPane();
            layers.setPreferredSize(new Dimension(1024, 768));
            JButton sell = new JButton("Sell");
            sell.setName("sell");
            sell.setBounds(0, 0, 1024, 400);
            sell.addActionListener(e -> sold.incrementAndGet());
            layers.add(sell, JLayeredPane.DEFAULT_LAYER);
            notices = new NoticeBanner(layers, "OK");
            return layers;
        }, new Dimension(1024, 768));
    }

    @Test
    void theNoticeShowsAtTheFootAndTheScreenStillTakesTapsUntilOkHidesIt() {
        GuiActionRunner.execute(() -> notices.show("The printer cannot print: out of paper."));

        window.textBox(Names.NOTICE_TEXT).requireText("The printer cannot print: out of paper.");
        window.button("sell").click();
        window.button("sell").click();
        assertThat(sold).hasValue(2);

        GuiActionRunner.execute(() -> notices.show("The printer is back: 2 waiting slips printed."));
        window.textBox(Names.NOTICE_TEXT).requireText("The printer is back: 2 waiting slips printed.");
        window.button(Names.NOTICE_OK).click();
        assertThat(GuiActionRunner.execute(() -> notices.shown())).isFalse();
    }
}
