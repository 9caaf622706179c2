package org.mingyuan.platform.policy.push;

import org.jspecify.annotations.Nullable;

/**
 * How an enterprise wants to be told of clauses: always in its inbox, and by e-mail to {@code email} unless it turned
 * e-mail off. An enterprise that never chose has e-mail on and no address, so it gets inbox messages only.
 *
 * @param email the address its notifications go to; null when it gave none
 */
public record NotificationSetting(@Nullable String email, boolean emailEnabled) {

    /** The setting of an enterprise that never chose. */
    public static final NotificationSetting DEFAULT = new NotificationSetting(null, true);

    /** True when a notification to this enterprise is also e-mailed. */
    public boolean emails() {
        return emailEnabled && email != null;
    }
}
