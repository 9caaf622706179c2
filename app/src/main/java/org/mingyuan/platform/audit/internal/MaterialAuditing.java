package org.mingyuan.platform.audit.internal;

import org.mingyuan.platform.fulfillment.material.MaterialEvents.MaterialSuperseded;
import org.mingyuan.platform.fulfillment.material.MaterialEvents.MaterialUploaded;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Writes the material library's changes to the audit trail: every file an enterprise hands in, with its type, size
 * and SHA-256 (never its name or content), and every material marked superseded.
 */
@Component
class MaterialAuditing {

    private final AuditTrail trail;

    MaterialAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @ApplicationModuleListener
    void on(MaterialUploaded event) {
        trail.record(
                event.actor(),
                AuditAction.MATERIAL_UPLOADED,
                event.creditCode(),
                "SUCCESS",
                "material " + event.material() + " " + event.typeCode() + ", " + event.size() + " bytes, sha256 "
                        + event.sha256() + (event.stored() ? "" : " (bytes already held)"),
                null);
    }

    @ApplicationModuleListener
    void on(MaterialSuperseded event) {
        trail.record(
                event.actor(),
                AuditAction.MATERIAL_SUPERSEDED,
                event.creditCode(),
                "SUCCESS",
                "material " + event.material() + " " + event.typeCode(),
                null);
    }
}
