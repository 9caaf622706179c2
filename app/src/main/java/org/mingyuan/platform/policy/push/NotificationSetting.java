package org.mingyuan.platform.policy.push;

import org.jspecify.annotations.Nullable;

/**
 * How an enterprise wants to be told of clauses: always in its inbox, and by e-mail to {@code email} unless it turned
 * e-mail off. Clauses it newly qualifies for are e-mailed; the clauses it misses by one condition ("what you still
 * lack") only when it asked for them too, as there can be many. An enterprise that never chose has e-mail on and no
 * address, so it gets inbox messages only.
 *
 * @param email the address its notifications go to; null when it gave none
 * @param emailNearMisses whether near misses are e-mailed as well as put in the inbox
 */
public record NotificationSetting(@Nullable String email, boolean emailEnabled, boolean emailNearMisses) {

    /** The setting of an enterprise that never chose. */
    public static final NotificationSetting DEFAULT = new NotificationSetting(null, true, false);

    /** True when a notification to this enterprise is also e-mailed. */
    public boolean emails() {
        return emailEnabled && email != null;
    }
}
