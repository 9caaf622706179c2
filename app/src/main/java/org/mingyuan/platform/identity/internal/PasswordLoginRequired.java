package org.mingyuan.platform.identity.internal;

import org.springframework.security.access.AccessDeniedException;

/** Refuses to issue a token to a caller who authenticated with a token rather than a password. */
class PasswordLoginRequired extends AccessDeniedException {

    PasswordLoginRequired() {
        super("issuing a token needs a password login");
    }
}
