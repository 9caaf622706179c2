package org.mingyuan.platform.registry.imports;

import org.mingyuan.platform.registry.internal.EnterpriseRules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The collaborators every import job needs, handed to jobs as one. */
@Component
record ImportServices(
        ImportLimits limits,
        ImportStore store,
        SizeDerivation sizes,
        EnterpriseRules rules,
        TransactionTemplate transactions,
        ApplicationEventPublisher events) {

    @Autowired
    ImportServices(
            ImportLimits limits,
            ImportStore store,
            SizeDerivation sizes,
            EnterpriseRules rules,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events) {
        this(limits, store, sizes, rules, new TransactionTemplate(transactions), events);
    }
}
