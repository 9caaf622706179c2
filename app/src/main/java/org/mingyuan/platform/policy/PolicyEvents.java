package org.mingyuan.platform.policy;

/** Events the policy module publishes; past tense, owned here. */
public final class PolicyEvents {

    private PolicyEvents() {}

    /** A clause version was published: the first version, or an amendment superseding the one before. */
    public record ClausePublished(ClauseVersion clause, String actor) {}

    /** A clause was withdrawn: no version of it is in force any more. */
    public record ClauseWithdrawn(String clauseId, int version, String actor) {}

    /** A policy was created or its fields changed. */
    public record PolicySaved(long policyId, String code, String actor) {}

    /** A clause draft was opened or changed; {@code amendment} when it follows a published version. */
    public record ClauseDrafted(String clauseId, int version, boolean amendment, String actor) {}

    /**
     * A policy file import was checked: {@code outcome} is {@code CREATED}, {@code UPDATED}, {@code UNCHANGED} or
     * {@code REFUSED} (then nothing was written, and {@code detail} says why).
     */
    public record PolicyImported(String filename, String code, String outcome, String detail, String actor) {}
}
