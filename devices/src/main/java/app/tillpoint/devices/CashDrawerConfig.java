package app.tillpoint.devices;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which cash drawer the terminal has: {@code escpos-serial}, {@code receipt-printer} (on the kick connector of the
 * configured ESC/POS receipt printer, which holds the port), {@code javapos} or {@code simulated}. Optional fields take
 * their defaults when absent.
 *
 * @param type            the kind of drawer
 * @param serial          for {@code escpos-serial}: the receipt printer's port
 * @param pin             ESC/POS: the drawer kick connector pin, 0 (pin 2, the usual) or 1 (pin 5); default 0
 * @param pulseOnMillis   ESC/POS: how long the kick pulse lasts, 2 to 510 ms; default 100
 * @param pulseOffMillis  ESC/POS: the pause after the pulse, 2 to 510 ms; default 500
 * @param statusSupported ESC/POS: whether the printer answers {@code DLE EOT 1} with the drawer's state; default false
 * @param openLevel       ESC/POS: the level of connector pin 3 that means "open", {@code high} or {@code low};
 *                        default high. It depends on the drawer: check it with the {@code devices} command
 * @param javapos         for {@code javapos}: the logical name of the CashDrawer
 */
public record CashDrawerConfig(String type, SerialConfig serial, Integer pin, Integer pulseOnMillis,
                               Integer pulseOffMillis, Boolean statusSupported, String openLevel,
                               JavaPosConfig javapos) {
    private static final Set<String> TYPES = Set.of("escpos-serial", "receipt-printer", "javapos", "simulated");

    public CashDrawerConfig {
        pin = pin == null ? 0 : pin;
        pulseOnMillis = pulseOnMillis == null ? 100 : pulseOnMillis;
        pulseOffMillis = pulseOffMillis == null ? 500 : pulseOffMillis;
        statusSupported = statusSupported != null && statusSupported;
        openLevel = openLevel == null ? "high" : openLevel;
    }

    /** Only the type, every other field at its default. */
    public static CashDrawerConfig of(String type) {
        return new CashDrawerConfig(type, null, null, null, null, null, null, null);
    }

    public static CashDrawerConfig simulated() {
        return of("simulated");
    }

    public static CashDrawerConfig escPosSerial(SerialConfig serial) {
        return new CashDrawerConfig("escpos-serial", serial, null, null, null, null, null, null);
    }

    public static CashDrawerConfig javapos(JavaPosConfig javapos) {
        return new CashDrawerConfig("javapos", null, null, null, null, null, null, javapos);
    }

    /** Problems as "field: what is wrong". */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type: \"" + type + "\" is not one of " + TYPES);
        }
        if (pin != 0 && pin != 1) {
            problems.add("pin: " + pin + " is not 0 or 1");
        }
        if (pulseOnMillis < 2 || pulseOnMillis > 510) {
            problems.add("pulseOnMillis: " + pulseOnMillis + " is not between 2 and 510");
        }
        if (pulseOffMillis < 2 || pulseOffMillis > 510) {
            problems.add("pulseOffMillis: " + pulseOffMillis + " is not between 2 and 510");
        }
        if (!"high".equals(openLevel) && !"low".equals(openLevel)) {
            problems.add("openLevel: \"" + openLevel + "\" is not high or low");
        }
        if ("escpos-serial".equals(type)) {
            if (serial == null) {
                problems.add("serial: missing");
            } else {
                serial.problems().forEach(p -> problems.add("serial." + p));
            }
        }
        if ("javapos".equals(type)) {
            if (javapos == null) {
                problems.add("javapos: missing");
            } else {
                javapos.problems(false).forEach(p -> problems.add("javapos." + p));
            }
        }
        return problems;
    }
}
