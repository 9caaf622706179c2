/** Open application scenarios (场景开放, 揭榜挂帅): departments publish needs, matching firms are pushed them, proposals are scored by a panel, the winner's delivery is tracked to acceptance; a scenario may run as a regulatory-sandbox pilot (监管沙盒). */
@NullMarked
@ApplicationModule(
        displayName = "Scenarios",
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
            "evaluation",
            "ledger"
        })
package org.mingyuan.platform.scenarios;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
