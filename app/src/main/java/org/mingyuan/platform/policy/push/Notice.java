package org.mingyuan.platform.policy.push;

import org.mingyuan.platform.registry.EnterpriseId;

/**
 * A general message to an enterprise's inbox from any module: a title, a text, both in two languages, and a link to
 * the page it is about; told once per {@code key}, with an e-mail when the enterprise has e-mail on and an address.
 *
 * @param key what makes it once, unique among notices, e.g. {@code recognition-expiry:12}; at most 100 characters
 * @param link the platform page it is about, a path such as {@code /my/recognition}
 */
public record Notice(
        EnterpriseId enterprise,
        String creditCode,
        String key,
        String titleZh,
        String titleEn,
        String textZh,
        String textEn,
        String link) {

    /** Checks the key and the link. */
    public Notice {
        if (key.isBlank() || key.length() > 100) {
            throw new IllegalArgumentException("a notice's key has 1 to 100 characters, got " + key.length());
        }
        if (!link.startsWith("/") || link.startsWith("//")) {
            throw new IllegalArgumentException("a notice links to a platform page, got " + link);
        }
    }
}
