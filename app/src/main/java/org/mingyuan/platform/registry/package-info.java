/** The registry of parks (and, later, their enterprises, space and occupancy). */
@NullMarked
@ApplicationModule(
        displayName = "Registry",
        allowedDependencies = {"identity", "ledger"})
package org.mingyuan.platform.registry;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
