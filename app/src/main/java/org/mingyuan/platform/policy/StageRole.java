package org.mingyuan.platform.policy;

import java.util.Locale;
import java.util.Optional;

/** Who acts on a review stage. */
public enum StageRole {
    /** The park operator of the park the enterprise is in (园区初审). */
    PARK,
    /** A reviewer of the policy's issuing department. */
    DEPARTMENT,
    /** A finance official of the policy's issuing department. */
    FINANCE;

    /** The name policy files use: {@code park}, {@code department} or {@code finance}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role a policy file names, in any case; empty for an unknown name. */
    public static Optional<StageRole> ofCode(String code) {
        for (StageRole role : values()) {
            if (role.code().equalsIgnoreCase(code.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
