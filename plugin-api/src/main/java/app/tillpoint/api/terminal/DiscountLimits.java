package app.tillpoint.api.terminal;

import app.tillpoint.api.money.Money;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;

/**
 * How far a cashier may lower a price alone; past that a head cashier approves on the spot, as for a cash out over
 * the limit. Part of the {@link TerminalPolicy}, from the {@code policy} block of {@code terminal.json} or the back
 * office's.
 *
 * @param discountBasisPoints   a line or order discount that takes off more than this share of what it is taken from
 *                              (in basis points: 1000 is 10 %) needs a head cashier; 0: every discount does
 * @param priceDropBasisPoints  a price override that lowers the catalog's price by more than this share needs a head
 *                              cashier; 0: every lower price does (a higher price never does)
 * @param reasons               the reasons offered for a discount or a price override (typing one is allowed too)
 * @since 1.4
 */
public record DiscountLimits(int discountBasisPoints, int priceDropBasisPoints, List<String> reasons) {
    /** The reasons offered when the policy lists none. */
    public static final List<String> DEFAULT_REASONS = List.of("Damaged", "Price match", "Loyal customer", "Staff");

    /** The limits of a policy that sets none: a head cashier approves every discount and every lower price. */
    public static final DiscountLimits NONE_ALONE = new DiscountLimits(0, 0, DEFAULT_REASONS);

    private static final BigInteger WHOLE = BigInteger.valueOf(10_000);

    /**
     * Checks the limits and copies the reasons.
     *
     * @param discountBasisPoints  0 to 10,000
     * @param priceDropBasisPoints 0 to 10,000
     * @param reasons              copied; not null, no null in it
     * @throws NullPointerException     if the list or a reason is null
     * @throws IllegalArgumentException if a share is outside 0 to 10,000
     */
    public DiscountLimits {
        reasons = List.copyOf(reasons);
        for (int share : new int[] {discountBasisPoints, priceDropBasisPoints}) {
            if (share < 0 || share > 10_000) {
                throw new IllegalArgumentException("A discount limit is 0 to 10,000 basis points (100 %), not " + share);
            }
        }
    }

    /**
     * Whether a discount of {@code off} taken from {@code base} needs a head cashier.
     *
     * @param off  what the discount takes off
     * @param base what it is taken from: the line at its unit price, or the cart's subtotal
     * @return true if {@code off / base} is more than {@link #discountBasisPoints} (exactly, on whole numbers)
     */
    public boolean discountNeedsApproval(Money off, Money base) {
        return share(off).compareTo(BigInteger.valueOf(base.minorUnits())
                .multiply(BigInteger.valueOf(discountBasisPoints))) > 0;
    }

    /**
     * Whether selling at {@code price} instead of {@code regular} needs a head cashier.
     *
     * @param regular the catalog's price
     * @param price   the price the cashier typed
     * @return true if the price is lower by more than {@link #priceDropBasisPoints} of the regular price
     */
    public boolean overrideNeedsApproval(Money regular, Money price) {
        Money drop = regular.minus(price);
        return drop.isMoreThan(Money.zero(regular.currency())) && share(drop).compareTo(
                BigInteger.valueOf(regular.minorUnits()).multiply(BigInteger.valueOf(priceDropBasisPoints))) > 0;
    }

    private static BigInteger share(Money amount) {
        return BigInteger.valueOf(Objects.requireNonNull(amount, "amount").minorUnits()).multiply(WHOLE);
    }
}
