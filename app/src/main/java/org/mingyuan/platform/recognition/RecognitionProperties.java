package org.mingyuan.platform.recognition;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of recognition, bound from {@code mingyuan.recognition.*}.
 *
 * @param reminderDaysBefore how many days before a recognition's last valid day the firm is reminded, 1–365
 * @param reminderInterval how often the reminder check runs
 */
@ConfigurationProperties("mingyuan.recognition")
public record RecognitionProperties(
        @DefaultValue("60") int reminderDaysBefore,
        @DefaultValue("PT1H") Duration reminderInterval) {

    public RecognitionProperties {
        if (reminderDaysBefore < 1 || reminderDaysBefore > 365) {
            throw new IllegalArgumentException(
                    "mingyuan.recognition.reminder-days-before must lie between 1 and 365, got " + reminderDaysBefore);
        }
        if (reminderInterval.isNegative() || reminderInterval.isZero()) {
            throw new IllegalArgumentException(
                    "mingyuan.recognition.reminder-interval must be positive, got " + reminderInterval);
        }
    }
}
