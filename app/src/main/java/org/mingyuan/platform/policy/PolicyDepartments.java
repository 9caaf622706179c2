package org.mingyuan.platform.policy;

import java.util.List;
import org.mingyuan.platform.identity.DepartmentDirectory;
import org.mingyuan.platform.policy.internal.PolicyStore;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The issuing departments of the platform's policies, offered when an account is placed in a department. */
@Component
class PolicyDepartments implements DepartmentDirectory {

    private final PolicyStore policies;

    PolicyDepartments(PolicyStore policies) {
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> departments() {
        return policies.departments();
    }
}
