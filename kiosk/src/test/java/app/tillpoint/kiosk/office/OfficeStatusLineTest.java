package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.ui.Texts;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OfficeStatusLineTest {
    private static final Locale EN_IN = Locale.forLanguageTag("en-IN");
    private final OfficeStatusLine line = new OfficeStatusLine(new Texts(EN_IN), ZoneId.of("Asia/Kolkata"), EN_IN);
    private final Instant now = Instant.parse("2026-11-30T06:00:00Z"); // 11:30 in Chennai

    private static OfficeSender.Status status(OfficeSender.State state, String since) {
        return new OfficeSender.Status(state, Optional.ofNullable(since).map(Instant::parse),
                Optional.ofNullable(since).map(s -> "Connection refused"));
    }

    @Test
    void saysSyncedWaitingOfflineSinceAndRefusedAsACashierReadsThem() {
        assertThat(line.of(status(OfficeSender.State.STARTING, null), 3, now)).isEqualTo("Office: connecting\u2026");
        assertThat(line.of(status(OfficeSender.State.SYNCED, null), 0, now)).isEqualTo("Office: synced");
        assertThat(line.of(status(OfficeSender.State.SENDING, null), 1200, now)).isEqualTo("Office: 1,200 waiting");
        assertThat(line.of(status(OfficeSender.State.OFFLINE, "2026-11-30T05:11:00Z"), 12, now))
                .isEqualTo("Office: offline since 10:41 (12 waiting)");
        assertThat(line.of(status(OfficeSender.State.OFFLINE, "2026-11-27T05:11:00Z"), 12, now))
                .isEqualTo("Office: offline since 27 Nov 10:41 (12 waiting)");
        assertThat(line.of(status(OfficeSender.State.OFFLINE, null), 12, now)).isEqualTo("Office: offline (12 waiting)");
        assertThat(line.of(status(OfficeSender.State.REFUSED, "2026-11-30T05:11:00Z"), 12, now))
                .startsWith("Office: refused this terminal");
    }

    @Test
    void saysTheCertificateTheLoginAndAnotherMachinesTry() {
        assertThat(line.of(status(OfficeSender.State.CERTIFICATE, "2026-11-30T05:11:00Z"), 12, now))
                .isEqualTo("Office: certificate check failed since 10:41 (12 waiting); tell the store manager");
        assertThat(line.of(status(OfficeSender.State.LOGIN_REFUSED, "2026-11-30T05:11:00Z"), 3, now))
                .isEqualTo("Office: login refused since 10:41 (3 waiting); tell the store manager");
        OfficeSender.Status clash = new OfficeSender.Status(OfficeSender.State.SYNCED, Optional.empty(),
                Optional.empty(), Optional.of(Instant.parse("2026-11-30T04:02:00Z")));
        assertThat(line.of(clash, 0, now))
                .isEqualTo("Office: synced; another machine tried to use this terminal's id at 09:32");
        // A day later the line is the link's again (the try stays in the audit).
        assertThat(line.of(clash, 0, now.plus(java.time.Duration.ofDays(1)))).isEqualTo("Office: synced");
    }
}
