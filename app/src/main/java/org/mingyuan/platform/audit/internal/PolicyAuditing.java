package org.mingyuan.platform.audit.internal;

import org.mingyuan.platform.policy.PolicyEvents.ClauseDrafted;
import org.mingyuan.platform.policy.PolicyEvents.ClausePublished;
import org.mingyuan.platform.policy.PolicyEvents.ClauseWithdrawn;
import org.mingyuan.platform.policy.PolicyEvents.PolicyImported;
import org.mingyuan.platform.policy.PolicyEvents.PolicySaved;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the policy module's changes to the audit trail: policies saved, clause drafts, publications, amendments and
 * withdrawals, and every policy file import, whether it wrote anything or was refused.
 */
@Component
class PolicyAuditing {

    private final AuditTrail trail;

    PolicyAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(PolicySaved event) {
        trail.record(
                event.actor(), AuditAction.POLICY_SAVED, event.code(), "SUCCESS", "policy " + event.policyId(), null);
    }

    @ApplicationModuleListener
    void on(ClauseDrafted event) {
        trail.record(
                event.actor(),
                AuditAction.CLAUSE_DRAFTED,
                event.clauseId(),
                "SUCCESS",
                "version " + event.version() + (event.amendment() ? " (amendment)" : ""),
                null);
    }

    @ApplicationModuleListener
    void on(ClausePublished event) {
        int version = event.clause().version();
        trail.record(
                event.actor(),
                version == 1 ? AuditAction.CLAUSE_PUBLISHED : AuditAction.CLAUSE_AMENDED,
                event.clause().clauseId(),
                "SUCCESS",
                "version " + version,
                null);
    }

    @ApplicationModuleListener
    void on(ClauseWithdrawn event) {
        trail.record(
                event.actor(),
                AuditAction.CLAUSE_WITHDRAWN,
                event.clauseId(),
                "SUCCESS",
                "version " + event.version(),
                null);
    }

    @ApplicationModuleListener
    void on(PolicyImported event) {
        trail.record(
                event.actor(),
                AuditAction.POLICY_IMPORTED,
                event.code().isEmpty() ? event.filename() : event.code(),
                event.outcome().equals("REFUSED") ? "FAILURE" : "SUCCESS",
                event.filename() + ": " + event.outcome() + (event.detail().isEmpty() ? "" : " " + event.detail()),
                null);
    }
}
