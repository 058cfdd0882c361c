package app.tillpoint.plugins.selling;

import java.util.Optional;

/** Finds an exception of a kind among an exception's causes: a host may wrap what background work threw. */
final class Causes {
    private Causes() {
    }

    static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }
}
