package org.mingyuan.platform.audit.internal;

import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseCertified;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseRegistered;
import org.mingyuan.platform.registry.EnterpriseEvents.MoveInDecided;
import org.mingyuan.platform.registry.EnterpriseEvents.MoveInRequested;
import org.mingyuan.platform.registry.EnterpriseEvents.RegistryImportFailed;
import org.mingyuan.platform.registry.EnterpriseEvents.RegistryImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the registry's changes of data to the audit trail: enterprises registered, profiles, facts
 * and leases changed, certifications, and every import, whether it wrote its rows or nothing.
 */
@Component
class RegistryAuditing {

    private final AuditTrail trail;

    RegistryAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(EnterpriseRegistered event) {
        trail.record(event.actor(), AuditAction.ENTERPRISE_REGISTERED, event.creditCode(), "SUCCESS", null, null);
    }

    @ApplicationModuleListener
    void on(EnterpriseChanged event) {
        trail.record(event.actor(), AuditAction.ENTERPRISE_CHANGED, event.creditCode(), "SUCCESS", event.what(), null);
    }

    @ApplicationModuleListener
    void on(EnterpriseCertified event) {
        trail.record(
                event.actor(),
                AuditAction.ENTERPRISE_CERTIFIED,
                event.creditCode(),
                "SUCCESS",
                event.certificationType() + " (" + event.source() + ")",
                null);
    }

    @ApplicationModuleListener
    void on(RegistryImported event) {
        trail.record(event.actor(), AuditAction.IMPORT, event.kind(), "SUCCESS", event.rows() + " rows", null);
    }

    @ApplicationModuleListener
    void on(RegistryImportFailed event) {
        trail.record(
                event.actor(),
                AuditAction.IMPORT,
                event.kind(),
                "FAILURE",
                event.filename() + ": " + event.reason(),
                null);
    }

    @ApplicationModuleListener
    void on(MoveInRequested event) {
        trail.record(
                event.actor(),
                AuditAction.MOVE_IN_REQUESTED,
                event.creditCode(),
                "SUCCESS",
                "park " + event.parkId() + ", request " + event.request(),
                null);
    }

    @ApplicationModuleListener
    void on(MoveInDecided event) {
        trail.record(
                event.actor(),
                AuditAction.MOVE_IN_DECIDED,
                event.creditCode(),
                "SUCCESS",
                (event.confirmed() ? "confirmed" : "declined") + ": park " + event.parkId() + ", request "
                        + event.request(),
                null);
    }
}
