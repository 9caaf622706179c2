package org.mingyuan.platform.registry.internal;

import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.ledger.EnterpriseRepresentatives;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the ledger which enterprise account acts for which enterprise, so it gets that enterprise's receipts. */
@Component
class EnterpriseAccounts implements EnterpriseRepresentatives {

    private final Callers callers;
    private final Enterprises enterprises;

    EnterpriseAccounts(Callers callers, Enterprises enterprises) {
        this.callers = callers;
        this.enterprises = enterprises;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean represents(String username, String creditCode) {
        return callers.byUsername(username)
                .filter(caller -> caller.has(Role.ENTERPRISE) && caller.enterpriseId() != null)
                .flatMap(caller ->
                        enterprises.byCreditCode(creditCode).filter(e -> e.id().value() == caller.enterpriseId()))
                .isPresent();
    }
}
