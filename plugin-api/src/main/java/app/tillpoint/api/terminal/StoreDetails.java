package app.tillpoint.api.terminal;

import java.util.List;
import java.util.Objects;

/**
 * The shop as its receipts name it: its name, postal address and tax registration, from the {@code store} section of
 * the terminal's configuration.
 *
 * @param name    the shop's name, e.g. "Tillpoint Stores, T. Nagar"
 * @param address the address, one line each; empty when not configured
 * @param taxId   the tax registration as printed, e.g. "GSTIN 33AAACT1234F1Z5"; empty when not configured
 * @since 1.3
 */
public record StoreDetails(String name, List<String> address, String taxId) {

    /**
     * Checks the parts and copies the address.
     *
     * @param name    not null
     * @param address not null
     * @param taxId   not null, empty when none
     */
    public StoreDetails {
        Objects.requireNonNull(name, "name");
        address = List.copyOf(address);
        Objects.requireNonNull(taxId, "taxId");
    }
}
