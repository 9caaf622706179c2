/** Blockchain-firm recognition (区块链企业认定): schemes with criteria as clauses, applications with evidence, district and expert review, the registry certification it grants, expiry reminders and revocation with claw-back. */
@NullMarked
@ApplicationModule(
        displayName = "Recognition",
        allowedDependencies = {
            "identity",
            "site",
            "registry",
            "registry :: xlsx",
            "policy",
            "policy :: matching",
            "policy :: push",
            "fulfillment",
            "fulfillment :: material",
            "fulfillment :: calendar",
            "ledger"
        })
package org.mingyuan.platform.recognition;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
