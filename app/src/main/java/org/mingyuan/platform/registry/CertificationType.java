package org.mingyuan.platform.registry;

/**
 * A kind of certification an enterprise can hold; administrators add new kinds.
 *
 * @param needsNumber true when a certificate or filing number is required
 */
public record CertificationType(String code, String nameZh, String nameEn, boolean needsNumber) {}
