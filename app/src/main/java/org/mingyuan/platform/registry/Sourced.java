package org.mingyuan.platform.registry;

/**
 * A value together with where it comes from.
 *
 * @param value the value; never null (an unknown value is an absent {@code Sourced})
 * @param provenance sourced or illustrative
 */
public record Sourced<T>(T value, Provenance provenance) {}
