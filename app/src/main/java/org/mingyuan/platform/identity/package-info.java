/** Accounts, roles, passwords, API tokens and who may call what. */
@NullMarked
@ApplicationModule(
        displayName = "Identity",
        allowedDependencies = {})
package org.mingyuan.platform.identity;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
