package org.mingyuan.platform.registry;

/** The id of an enterprise in the registry; outside the platform an enterprise is known by its credit code. */
public record EnterpriseId(long value) {}
