package app.tillpoint.kiosk.host;

import app.tillpoint.api.terminal.BackOffice;
import app.tillpoint.api.terminal.Subscription;
import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** The back office link as plugins see it: each change once, on the event thread, until the subscription is closed. */
class HostBackOfficeTest {

    @Test
    void listenersHearEachChangeOnceOnTheEventThreadUntilTheyLeave() throws Exception {
        HostBackOffice office = new HostBackOffice();
        List<String> heard = new CopyOnWriteArrayList<>();
        assertThat(office.link()).isEqualTo(BackOffice.Link.NONE);
        Subscription subscription = office.onChange(link -> heard.add(link
                + (SwingUtilities.isEventDispatchThread() ? " on the event thread" : " elsewhere")));

        office.update(BackOffice.Link.SENDING);
        office.update(BackOffice.Link.SENDING);
        SwingUtilities.invokeAndWait(() -> { });
        office.update(BackOffice.Link.OFFLINE);
        SwingUtilities.invokeAndWait(() -> { });
        subscription.close();
        office.update(BackOffice.Link.SYNCED);
        SwingUtilities.invokeAndWait(() -> { });

        assertThat(heard).containsExactly("SENDING on the event thread", "OFFLINE on the event thread");
        assertThat(office.link()).isEqualTo(BackOffice.Link.SYNCED);
    }
}
