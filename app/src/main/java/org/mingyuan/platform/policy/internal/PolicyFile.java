package org.mingyuan.platform.policy.internal;

import java.util.List;
import org.mingyuan.platform.policy.ClauseContent;
import org.mingyuan.platform.policy.PolicyContent;

/** One policy file: a policy and its clauses in order, each with its example cases. */
public record PolicyFile(PolicyContent policy, List<Entry> clauses) {

    /** A clause of the file. */
    public record Entry(String id, ClauseContent content) {}
}
