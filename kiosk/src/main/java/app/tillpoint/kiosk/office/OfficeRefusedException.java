package app.tillpoint.kiosk.office;

import java.sql.SQLException;

/** The office database refused this terminal: another machine claimed its id, or its login is not a terminal's. */
public final class OfficeRefusedException extends SQLException {
    private static final long serialVersionUID = 1L;

    public OfficeRefusedException(String message) {
        super(message, "42501");
    }
}
