package org.mingyuan.platform.scenarios;

/** The id of an application scenario. */
public record ScenarioId(long value) {}
