package org.mingyuan.platform.fulfillment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of fulfilment, bound from {@code mingyuan.fulfillment.*}; counts of working days on the working-day
 * calendar.
 *
 * @param noticeWorkingDays how many working days an approved award is listed in public notice (公示) before it may be
 *     paid, from the working day after its approval; 0 lists none and makes it payable at once
 * @param followUpWorkingDays how many working days the department has to answer a rating of 不满意 or worse
 */
@ConfigurationProperties("mingyuan.fulfillment")
public record FulfillmentProperties(
        @DefaultValue("5") int noticeWorkingDays,
        @DefaultValue("5") int followUpWorkingDays) {

    /** Most working days either setting may name: about a year. */
    public static final int MOST_DAYS = 250;

    public FulfillmentProperties {
        if (noticeWorkingDays < 0 || noticeWorkingDays > MOST_DAYS) {
            throw new IllegalArgumentException("mingyuan.fulfillment.notice-working-days must lie between 0 and "
                    + MOST_DAYS + ", got " + noticeWorkingDays);
        }
        if (followUpWorkingDays < 1 || followUpWorkingDays > MOST_DAYS) {
            throw new IllegalArgumentException("mingyuan.fulfillment.follow-up-working-days must lie between 1 and "
                    + MOST_DAYS + ", got " + followUpWorkingDays);
        }
    }
}
