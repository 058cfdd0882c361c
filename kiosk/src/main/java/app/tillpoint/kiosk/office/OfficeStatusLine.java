package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.ui.Texts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The office link as the dashboard's status line says it: "Office: synced", "Office: 12 waiting", "Office: offline
 * since 10:41 (12 waiting)", "Office: refused this terminal …", "Office: certificate check failed since 10:41 …", and
 * after any of them "; another machine tried to use this terminal's id at 10:41" for a day after such a try. A pure
 * function of the sender's state.
 */
public final class OfficeStatusLine {
    /** How long another machine's try with this terminal's id stays on the line. */
    static final Duration CLASH_SHOWN = Duration.ofDays(1);

    private final Texts texts;
    private final ZoneId zone;
    private final DateTimeFormatter time;
    private final DateTimeFormatter dayTime;

    /**
     * @param texts  the shell's texts in the terminal's language
     * @param zone   the terminal's time zone, for "offline since"
     * @param locale the terminal's locale, for the date
     */
    public OfficeStatusLine(Texts texts, ZoneId zone, Locale locale) {
        this.texts = texts;
        this.zone = zone;
        this.time = DateTimeFormatter.ofPattern("HH:mm", locale).withZone(zone);
        this.dayTime = DateTimeFormatter.ofPattern("d MMM HH:mm", locale).withZone(zone);
    }

    /** The line for {@code status} with {@code waiting} events not yet in the office, at {@code now}. */
    public String of(OfficeSender.Status status, long waiting, Instant now) {
        String line = link(status, waiting, now);
        return status.clash().filter(at -> at.isAfter(now.minus(CLASH_SHOWN)))
                .map(at -> texts.get("office.clash", line, when(at, now)))
                .orElse(line);
    }

    private String link(OfficeSender.Status status, long waiting, Instant now) {
        String failedSince = when(status.problemSince().orElse(now), now);
        return switch (status.state()) {
            case STARTING -> texts.get("office.starting");
            case SYNCED, SENDING -> waiting == 0 ? texts.get("office.synced") : texts.get("office.waiting", waiting);
            case OFFLINE -> status.problemSince()
                    .map(since -> texts.get("office.offlineSince", when(since, now), waiting))
                    .orElseGet(() -> texts.get("office.offline", waiting));
            case REFUSED -> texts.get("office.refused");
            case CERTIFICATE -> texts.get("office.certificate", failedSince, waiting);
            case LOGIN_REFUSED -> texts.get("office.loginRefused", failedSince, waiting);
        };
    }

    private String when(Instant since, Instant now) {
        boolean today = LocalDate.ofInstant(since, zone).equals(LocalDate.ofInstant(now, zone));
        return (today ? time : dayTime).format(since);
    }
}
