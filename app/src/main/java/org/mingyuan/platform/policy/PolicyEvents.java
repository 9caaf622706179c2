package org.mingyuan.platform.policy;

/** Events the policy module publishes; past tense, owned here. */
public final class PolicyEvents {

    private PolicyEvents() {}

    /** A clause version was published: the first version, or an amendment superseding the one before. */
    public record ClausePublished(ClauseVersion clause, String actor) {}

    /** A clause was withdrawn: no version of it is in force any more. */
    public record ClauseWithdrawn(String clauseId, int version, String actor) {}
}
