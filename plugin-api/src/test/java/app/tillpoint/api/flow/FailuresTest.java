package app.tillpoint.api.flow;

import app.tillpoint.api.session.NoOpenSessionException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ExecutionException;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    @Test
    void findsARefusalAmongTheCausesAHostWrappedItIn() {
        NoOpenSessionException none = new NoOpenSessionException();
        Exception wrapped = new ExecutionException(new RuntimeException(none));
        assertThat(Failures.find(wrapped, NoOpenSessionException.class)).containsSame(none);
        assertThat(Failures.find(new RuntimeException("other"), NoOpenSessionException.class)).isEmpty();
    }
}
