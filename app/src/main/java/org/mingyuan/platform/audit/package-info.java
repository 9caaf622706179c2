/** The audit trail: who did what, when, from where, with what outcome (等保 2.0 security audit). */
@NullMarked
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "registry", "policy", "fulfillment", "fulfillment::material"})
package org.mingyuan.platform.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
