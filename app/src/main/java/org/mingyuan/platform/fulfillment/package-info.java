/**
 * Fulfilment (办理): what follows a published clause for the enterprises it serves: their material library (the
 * documents they hand in once and reuse while valid), one-stop applications (一次办) that open one case per clause,
 * the review stages each case walks with deadlines on the working-day calendar, the reviewers' queues, clause budgets
 * that approvals reserve atomically, payouts (one by one or in XLSX batches exchanged with the treasury) and claw-backs,
 * and each step's notification and ledger entry.
 */
@NullMarked
@ApplicationModule(
        displayName = "Fulfillment",
        allowedDependencies = {
            "identity",
            "site",
            "registry",
            "registry :: xlsx",
            "policy",
            "policy :: matching",
            "policy :: push",
            "ledger"
        })
package org.mingyuan.platform.fulfillment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
