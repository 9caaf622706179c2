/** Incubation and investment (孵化与投资): incubators inside parks, incubatees, financing rounds and fund investments, and the national incubator conditions computed live. */
@NullMarked
@ApplicationModule(
        displayName = "Incubation",
        allowedDependencies = {"identity", "registry", "registry :: xlsx", "evaluation", "ledger"})
package org.mingyuan.platform.incubation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
