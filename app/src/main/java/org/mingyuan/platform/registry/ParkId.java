package org.mingyuan.platform.registry;

/** The id of a park. */
public record ParkId(long value) {}
