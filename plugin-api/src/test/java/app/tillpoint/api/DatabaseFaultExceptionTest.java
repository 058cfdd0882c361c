package app.tillpoint.api;

import app.tillpoint.api.DatabaseFaultException.Fault;
import app.tillpoint.api.flow.Failures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseFaultExceptionTest {

    @Test
    void aFlowFindsItAmongTheCausesTheHostWrappedItIn() {
        Exception wrapped = new IllegalStateException("store", new DatabaseFaultException(Fault.FULL));

        assertThat(Failures.find(wrapped, Refusal.class)).isPresent();
        assertThat(Failures.find(wrapped, DatabaseFaultException.class)).get()
                .extracting(DatabaseFaultException::fault).isEqualTo(Fault.FULL);
    }

    @Test
    void tellsTheCashierTheFaultWhatWasNotStoredAndToTryAgain() {
        assertThat(new DatabaseFaultException(Fault.BUSY).notStored("the sale"))
                .isEqualTo("The till's database is busy (another program holds it): the sale was not stored; try again");
        for (Fault fault : Fault.values()) {
            assertThat(new DatabaseFaultException(fault)).hasMessage(fault.message());
            assertThat(fault.message()).startsWith("The till's").doesNotEndWith(".");
        }
    }
}
