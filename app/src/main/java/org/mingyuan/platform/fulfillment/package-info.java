/**
 * Fulfilment (办理): what follows a published clause for the enterprises it serves: their material library (the
 * documents they hand in once and reuse while valid) and the working-day calendar review deadlines are counted on.
 */
@NullMarked
@ApplicationModule(
        displayName = "Fulfillment",
        allowedDependencies = {"identity", "registry"})
package org.mingyuan.platform.fulfillment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
