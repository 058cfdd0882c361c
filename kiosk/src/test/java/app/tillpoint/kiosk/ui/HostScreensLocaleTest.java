package app.tillpoint.kiosk.ui;

import app.tillpoint.api.testing.GuiTest;
import app.tillpoint.api.testing.TestWindow;
import app.tillpoint.kiosk.host.BackgroundTasks;
import app.tillpoint.kiosk.host.PluginHost;
import org.assertj.swing.edt.GuiActionRunner;
import org.assertj.swing.fixture.FrameFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.swing.AbstractButton;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.text.JTextComponent;
import java.awt.Component;
import java.awt.Container;
import java.awt.Dimension;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The host's Plugins and Outbox screens are built once; when the screens' language changes (a cashier of another
 * language identified, or the till left) they write their words again in it ({@code localeChanged}), the rows they
 * read too, without being built again.
 */
@GuiTest
class HostScreensLocaleTest {
    private static final Locale HINDI = Locale.forLanguageTag("hi-IN");
    private final AtomicReference<Locale> shown = new AtomicReference<>(Locale.forLanguageTag("en-IN"));
    private final Texts texts = Texts.following(shown::get);
    private final BackgroundTasks tasks = new BackgroundTasks();

    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        tasks.close();
    }

    @Test
    void theOutboxScreenBuiltInEnglishSpeaksHindiOnceTheLanguageChanges(TestWindow window) throws Exception {
        OutboxScreen outbox = new OutboxScreen(tasks, route -> { }, new OutboxScreen.Outbox() {
            @Override
            public List<OutboxScreen.Reader> readers() {
                return List.of();
            }

            @Override
            public int retry(String pluginId) {
                return 0;
            }
        }, texts, ZoneId.of("Asia/Kolkata"), shown.get());
        FrameFixture frame = window.show(() -> built(outbox), new Dimension(800, 600));
        waitForTexts(frame, "Outbox", "Back", texts.get("outbox.none"));

        GuiActionRunner.execute(() -> {
            shown.set(HINDI);
            outbox.localeChanged(HINDI);
        });

        waitForTexts(frame, "आउटबॉक्स", "पीछे", "आउटबॉक्स कोई नहीं पढ़ता: न बैक ऑफ़िस सेट है, न कोई प्लगइन सुनता है।");
        assertThat(texts(frame)).doesNotContain("Outbox", "Back");
        GuiActionRunner.execute(outbox::hidden);
    }

    @Test
    void thePluginsScreenBuiltInEnglishSpeaksHindiOnceTheLanguageChanges(TestWindow window) throws Exception {
        PluginHost plugins = new PluginHost(List.of(), dir, problem -> { }, tasks);
        PluginsScreen screen = new PluginsScreen(plugins, tasks, route -> { }, new PluginsScreen.Deliveries() {
            @Override
            public Set<String> parkedPlugins() {
                return Set.of();
            }

            @Override
            public int retry(String pluginId) {
                return 0;
            }
        }, texts);
        FrameFixture frame = window.show(() -> built(screen), new Dimension(800, 600));
        waitForTexts(frame, "Plugins", "Back", "Changes take effect the next time the kiosk starts.");

        GuiActionRunner.execute(() -> {
            shown.set(HINDI);
            screen.localeChanged(HINDI);
        });

        waitForTexts(frame, "प्लगइन", "पीछे", "बदलाव कियोस्क के अगली बार शुरू होने पर लागू होंगे।");
    }

    private static JComponent built(app.tillpoint.api.Screen screen) {
        JComponent component = screen.component();
        screen.shown();
        return component;
    }

    private static void waitForTexts(FrameFixture frame, String... expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!texts(frame).containsAll(List.of(expected)) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(texts(frame)).contains(expected);
    }

    private static List<String> texts(FrameFixture frame) {
        return GuiActionRunner.execute(() -> {
            List<String> texts = new ArrayList<>();
            collect(((javax.swing.JFrame) frame.target()).getContentPane(), texts);
            return texts;
        });
    }

    private static void collect(Container parent, List<String> texts) {
        for (Component child : parent.getComponents()) {
            String text = child instanceof JLabel label ? label.getText()
                    : child instanceof AbstractButton button ? button.getText()
                    : child instanceof JTextComponent area ? area.getText() : null;
            if (text != null) {
                texts.add(text);
            }
            if (child instanceof Container container) {
                collect(container, texts);
            }
        }
    }
}
