/**
 * Fulfilment (办理、督查、评价): the working-day calendar that review deadlines are counted on.
 */
@NullMarked
@ApplicationModule(
        displayName = "Fulfillment",
        allowedDependencies = {"identity", "registry"})
package org.mingyuan.platform.fulfillment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
