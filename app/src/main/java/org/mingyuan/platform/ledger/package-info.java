/**
 * The verifiable ledger: records business events as log entries exactly once, sequences them into an
 * RFC 9162 Merkle log with signed checkpoints, serves it in the C2SP tlog-tiles layout, hands out
 * receipts, and witnesses other deployments' logs.
 */
@NullMarked
@ApplicationModule(
        displayName = "Ledger",
        allowedDependencies = {})
package org.mingyuan.platform.ledger;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
