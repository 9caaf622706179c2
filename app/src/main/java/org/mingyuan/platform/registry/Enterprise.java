package org.mingyuan.platform.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise's identity and place in the registry; its figures are {@link Fact}s.
 *
 * @param divisionCode administrative division of the registered address (GB/T 2260, six digits)
 * @param industryCode GB/T 4754-2017 code: section letter and up to four digits, e.g. {@code I6513}
 * @param registeredCapital registered capital in 万元; null when unknown
 * @param parkId the park the enterprise occupies space in; null when outside any park
 * @param chainSegment code of its industry-chain segment; null when not classified
 * @param sizeClass derived size class under the SME standard; null while the facts it needs are missing
 * @param synthetic true for generated demo enterprises
 */
public record Enterprise(
        EnterpriseId id,
        CreditCode creditCode,
        String name,
        @Nullable String address,
        String divisionCode,
        String industryCode,
        LocalDate foundedOn,
        @Nullable BigDecimal registeredCapital,
        @Nullable Long parkId,
        @Nullable String chainSegment,
        @Nullable SizeClass sizeClass,
        boolean synthetic) {

    /** The same enterprise in another park. */
    public Enterprise withPark(@Nullable Long park) {
        return new Enterprise(
                id,
                creditCode,
                name,
                address,
                divisionCode,
                industryCode,
                foundedOn,
                registeredCapital,
                park,
                chainSegment,
                sizeClass,
                synthetic);
    }

    /** The same enterprise with another derived size class. */
    public Enterprise withSizeClass(@Nullable SizeClass size) {
        return new Enterprise(
                id,
                creditCode,
                name,
                address,
                divisionCode,
                industryCode,
                foundedOn,
                registeredCapital,
                parkId,
                chainSegment,
                size,
                synthetic);
    }
}
