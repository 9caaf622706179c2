package org.mingyuan.platform.identity.web;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.identity.internal.AccountDirectory.NewAccount;

/** The new-account form as typed; a field left out is empty. */
record AccountForm(String username, String displayName, String password, Set<Role> roles) {

    AccountForm(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable String password,
            @Nullable Set<Role> roles) {
        this.username = username == null ? "" : username;
        this.displayName = displayName == null ? "" : displayName;
        this.password = password == null ? "" : password;
        this.roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    static AccountForm blank() {
        return new AccountForm("", "", "", Set.of());
    }

    NewAccount account() {
        return new NewAccount(username, displayName, password, roles);
    }

    /** The same form without its password, to show again. */
    AccountForm withoutPassword() {
        return new AccountForm(username, displayName, "", roles);
    }
}
