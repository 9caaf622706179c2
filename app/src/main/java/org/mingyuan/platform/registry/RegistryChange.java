package org.mingyuan.platform.registry;

/**
 * One entry of the registry's change sequence, written in the same transaction as the change: every instance follows
 * the sequence to keep its copy of the registry current, whichever instance made the change.
 *
 * @param seq increasing, never reused
 * @param enterprise the enterprise whose facts changed (registered, edited, stated, certified, moved, leased)
 */
public record RegistryChange(long seq, EnterpriseId enterprise) {}
