package org.mingyuan.platform;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the platform, bound from {@code mingyuan.*} (environment: {@code MINGYUAN_*}).
 *
 * @param home folder that holds the embedded database and keys; default {@code ./data}
 * @param demo demo mode when set; null means "on for a new embedded database only"
 * @param adminPassword password of the first administrator outside demo mode; never logged
 * @param login limits on failed logins
 */
@ConfigurationProperties("mingyuan")
public record MingyuanProperties(
        @DefaultValue("./data") String home,
        @Nullable Boolean demo,
        @Nullable String adminPassword,
        @DefaultValue Login login) {

    /**
     * Failed-login handling (等保 2.0: lock after repeated failures).
     *
     * @param maxFailures consecutive failures that lock an account
     * @param lockMinutes how long a locked account stays locked
     */
    public record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15") int lockMinutes) {}

    @Override
    public String toString() {
        return "MingyuanProperties[home=" + home + ", demo=" + demo + ", login=" + login + "]";
    }
}
