package org.mingyuan.platform.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.AccountDepartments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads and publishes the demo policies of {@code demo/policies/*.yaml} in demo mode, once the demo registry (its
 * parks) is in place: each file goes through the same import as an officer's, and every clause with a draft is
 * published by {@link PolicyDesk#SYSTEM}, so each publication is in the ledger like any other. Policies already loaded
 * are recognised and left as they are. The demo {@code reviewer} and {@code finance} accounts belong to the demo
 * policies' issuing departments.
 */
@Component
class DemoPolicies {

    static final String LOCATION = "classpath:demo/policies/*.yaml";

    private static final Logger log = LoggerFactory.getLogger(DemoPolicies.class);

    /** The demo accounts that review and pay for the demo policies' issuing departments. */
    static final List<String> DEPARTMENT_ACCOUNTS = List.of("reviewer", "finance");

    private final DemoMode demo;
    private final PolicyImports imports;
    private final PolicyDesk desk;
    private final AccountDepartments departments;
    private final TransactionTemplate transaction;

    DemoPolicies(
            DemoMode demo,
            PolicyImports imports,
            PolicyDesk desk,
            AccountDepartments departments,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.imports = imports;
        this.desk = desk;
        this.departments = departments;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void load() {
        if (!demo.enabled()) {
            return;
        }
        List<PolicyImports.Upload> files = files();
        List<PolicyImports.Imported> done;
        try {
            done = imports.importAs(PolicyDesk.SYSTEM, files);
        } catch (UnsupportedOperationException registryNotReady) {
            log.warn(
                    "Demo policies not loaded: the registry does not give the facts clauses read yet ({})",
                    registryNotReady.getMessage());
            return;
        }
        int published = 0;
        for (PolicyImports.Imported file : done) {
            for (String clauseId : file.drafts()) {
                transaction.executeWithoutResult(status -> desk.publishDraft(clauseId, false, PolicyDesk.SYSTEM));
                published++;
            }
        }
        log.info("Demo policies: {} files, {} clause versions published", files.size(), published);
        joinDepartments();
    }

    /** Places the demo reviewer and finance accounts in the issuing departments of the demo policies. */
    private void joinDepartments() {
        List<String> issuing = desk.all().stream()
                .map(Policy::content)
                .filter(PolicyContent::demo)
                .map(PolicyContent::departmentZh)
                .distinct()
                .toList();
        for (String username : DEPARTMENT_ACCOUNTS) {
            try {
                issuing.forEach(department -> departments.join(PolicyDesk.SYSTEM, username, department));
            } catch (NotFound noDemoAccount) {
                log.warn("Demo account {} missing; it reviews for no department", username);
            }
        }
    }

    /** The demo policy files, by name. */
    static List<PolicyImports.Upload> files() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            List<PolicyImports.Upload> files = new ArrayList<>();
            for (Resource resource : Arrays.stream(found)
                    .sorted(Comparator.comparing(Resource::getFilename))
                    .toList()) {
                try (InputStream in = resource.getInputStream()) {
                    files.add(new PolicyImports.Upload(resource.getFilename(), in.readAllBytes()));
                }
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("demo policies cannot be read", e);
        }
    }
}
