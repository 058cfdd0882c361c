package app.tillpoint.api.flow;

import java.util.Optional;

/**
 * Finds an exception of a kind among an exception's causes: the host may wrap what background work threw, so a flow
 * looks for the {@link app.tillpoint.api.Refusal} it handles among the causes. @since 1.2
 */
public final class Failures {
    private Failures() {
    }

    /**
     * The first of {@code e} and its causes that is a {@code type}.
     *
     * @param <T>  the kind looked for
     * @param e    what the background work failed with, as {@code onFailure} received it; may be null
     * @param type the kind looked for, e.g. {@code ApprovalRequiredException.class}
     * @return the first match, {@code e} itself included; empty if there is none
     */
    public static <T extends Throwable> Optional<T> find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }
}
