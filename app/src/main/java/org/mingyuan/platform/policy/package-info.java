/**
 * Support policies as code: policies and their clauses with versions, the facts clauses read, the live matcher over the
 * registry, simulation before publishing, search, precise push (inbox and e-mail) and the policy calculator.
 */
@NullMarked
@ApplicationModule(
        displayName = "Policy",
        allowedDependencies = {"identity", "registry", "ledger"})
package org.mingyuan.platform.policy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
