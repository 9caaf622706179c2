/** The site shell: home page, languages, layout, and how errors are answered to pages and API clients. */
@NullMarked
@ApplicationModule(
        displayName = "Site",
        allowedDependencies = {"identity"})
package org.mingyuan.platform.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
