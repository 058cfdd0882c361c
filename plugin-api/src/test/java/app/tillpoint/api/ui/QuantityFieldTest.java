package app.tillpoint.api.ui;

import org.junit.jupiter.api.Test;

import javax.swing.SwingUtilities;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class QuantityFieldTest {
    private final List<String> refused = new ArrayList<>();

    private QuantityField cartLine() {
        return new QuantityField(1, 9_999, why -> {
            if (why != null) {
                refused.add(why);
            }
        }, () -> { });
    }

    @Test
    void takesWholeQuantitiesInItsRangeAndNamesWhatItRefuses() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            QuantityField field = cartLine();
            field.replaceSelection("12");
            field.replaceSelection("x");
            field.replaceSelection("345");
            assertThat(field.getText()).isEqualTo("12");
            assertThat(field.quantity()).isEqualTo(OptionalInt.of(12));
            assertThat(refused).containsExactly("Quantities are whole numbers from 1 to 9,999",
                    "At most 9,999 of one item");
        });
    }

    @Test
    void aPutQuantityIsReplacedByTheNextKeyAndLeadingZerosAreDropped() throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            QuantityField count = new QuantityField(0, 9_999, why -> { }, () -> { });
            count.setQuantity(0);
            count.replaceSelection("0");
            count.replaceSelection("5");
            assertThat(count.getText()).isEqualTo("5");
            count.setQuantity(3);
            count.replaceSelection("7");
            assertThat(count.quantity()).isEqualTo(OptionalInt.of(7));
        });
    }
}
