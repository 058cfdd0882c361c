package app.tillpoint.kiosk.office;

import app.tillpoint.kiosk.ui.Texts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The office link as the dashboard's status line says it: "Office: synced", "Office: 12 waiting", "Office: offline
 * since 10:41 (12 waiting)", "Office: refused this terminal …". A pure function of the sender's state.
 */
public final class OfficeStatusLine {
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
        return switch (status.state()) {
            case STARTING -> texts.get("office.starting");
            case SYNCED, SENDING -> waiting == 0 ? texts.get("office.synced") : texts.get("office.waiting", waiting);
            case OFFLINE -> status.problemSince()
                    .map(since -> texts.get("office.offlineSince", when(since, now), waiting))
                    .orElseGet(() -> texts.get("office.offline", waiting));
            case REFUSED -> texts.get("office.refused");
        };
    }

    private String when(Instant since, Instant now) {
        boolean today = LocalDate.ofInstant(since, zone).equals(LocalDate.ofInstant(now, zone));
        return (today ? time : dayTime).format(since);
    }
}
