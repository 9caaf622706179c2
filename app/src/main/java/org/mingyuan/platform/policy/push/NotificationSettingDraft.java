package org.mingyuan.platform.policy.push;

import org.jspecify.annotations.Nullable;

/**
 * What an enterprise sends to change its notification setting; checked before anything is stored.
 *
 * @param email the address for notification e-mails; needed while e-mail is on
 * @param emailEnabled whether notifications are also e-mailed; required
 * @param emailNearMisses whether "what you still lack" messages are e-mailed too; no when not given
 */
public record NotificationSettingDraft(
        @Nullable String email,
        @Nullable Boolean emailEnabled,
        @Nullable Boolean emailNearMisses) {}
