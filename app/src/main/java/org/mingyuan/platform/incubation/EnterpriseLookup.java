package org.mingyuan.platform.incubation;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The registry enterprises incubation refers to: found by credit code for a caller, and named by id. */
@Component
class EnterpriseLookup {

    private final EnterpriseRegistry registry;

    EnterpriseLookup(EnterpriseRegistry registry) {
        this.registry = registry;
    }

    /** The enterprise the caller may see under {@code creditCode}; otherwise null, adding a problem to the field. */
    @Nullable
    Enterprise enterprise(Caller caller, String field, @Nullable String creditCode, List<FieldProblem> problems) {
        if (creditCode == null || creditCode.isBlank()) {
            problems.add(new FieldProblem(field, "incubation.required", List.of()));
            return null;
        }
        try {
            return registry.find(caller, creditCode);
        } catch (NotFound | AccessDeniedException unknown) {
            problems.add(new FieldProblem(field, "incubation.enterprise.unknown", List.of(creditCode.strip())));
            return null;
        }
    }

    /** The enterprise's public name, or {@code #id} when it has none. */
    String name(long enterprise) {
        return registry.publicName(new EnterpriseId(enterprise)).orElse("#" + enterprise);
    }
}
