package app.tillpoint.devices.javapos;

import jpos.JposException;
import org.slf4j.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Says what went wrong with a JavaPOS device in words for the cashier, and logs it with what a technician needs:
 * the JavaPOS {@code ErrorCode} and {@code ErrorCodeExtended}, and the service's own exception with its stack. A
 * {@link JposException} keeps the service's exception as its {@code origException}, not as its cause, so the usual
 * log of an exception would lose it.
 */
final class JposFailure {
    private static final int MAX_DEPTH = 10;

    private JposFailure() {
    }

    /**
     * The cause in short: the class that is missing, else the messages of the chain, e.g. "Unhandled exception from
     * Device Service: IllegalStateException: cable loose".
     */
    static String describe(Throwable failure) {
        List<Throwable> chain = chain(failure);
        for (Throwable t : chain) {
            if (t instanceof ClassNotFoundException) {
                return "class " + t.getMessage() + " not found";
            }
            if (t instanceof NoClassDefFoundError) {
                return "class " + className(t) + " missing (NoClassDefFoundError: a vendor jar is not installed, or"
                    + " the service needs a newer JavaPOS than this kiosk's)";
            }
            if (t instanceof UnsupportedClassVersionError) {
                return "a vendor class needs a newer Java: " + t.getMessage();
            }
        }
        Set<String> messages = new LinkedHashSet<>();
        for (Throwable t : chain) {
            messages.add(text(t));
        }
        return String.join(": ", messages);
    }

    /** Logs {@code what} failed, why, with the JavaPOS codes and the deepest exception's stack. */
    static void log(Logger log, String what, Throwable failure) {
        List<Throwable> chain = chain(failure);
        log.warn("{}: {}{}", what, describe(failure), codes(chain), chain.get(chain.size() - 1));
    }

    /** The JavaPOS error codes of the first {@link JposException} in the chain, or nothing. */
    static String codes(Throwable failure) {
        return codes(chain(failure));
    }

    private static String codes(List<Throwable> chain) {
        for (Throwable t : chain) {
            if (t instanceof JposException jpos) {
                return " [ErrorCode " + jpos.getErrorCode() + ", ErrorCodeExtended " + jpos.getErrorCodeExtended() + "]";
            }
        }
        return "";
    }

    /** The failure, then what caused it: the {@code origException} of a JposException, the cause of the rest. */
    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Throwable t = failure;
        while (t != null && chain.size() < MAX_DEPTH && !chain.contains(t)) {
            chain.add(t);
            Throwable next = t instanceof JposException jpos ? jpos.getOrigException() : null;
            t = next != null ? next : t.getCause();
        }
        return chain;
    }

    private static String text(Throwable t) {
        String message = t.getMessage();
        if (t instanceof JposException jpos) {
            return message == null || message.isBlank() ? "JavaPOS error " + jpos.getErrorCode() : message;
        }
        String type = t.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }

    /** "com/vendor/Api" or "com.vendor.Api", as a class name. */
    private static String className(Throwable error) {
        String message = error.getMessage();
        return message == null ? "(unnamed)" : message.replace('/', '.');
    }
}
