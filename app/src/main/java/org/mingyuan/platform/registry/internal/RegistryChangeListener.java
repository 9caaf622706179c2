package org.mingyuan.platform.registry.internal;

import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseCertified;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseChanged;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseRegistered;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Notes every change the registry publishes in the change sequence, in the transaction that published it: these
 * listeners run synchronously, inside that transaction, so the entry commits or rolls back with the change.
 */
@Component
class RegistryChangeListener {

    private final RegistryChanges changes;

    RegistryChangeListener(RegistryChanges changes) {
        this.changes = changes;
    }

    @EventListener
    void on(EnterpriseRegistered registered) {
        changes.changed(registered.enterprise());
    }

    @EventListener
    void on(EnterpriseChanged changed) {
        changes.changed(changed.enterprise());
    }

    @EventListener
    void on(EnterpriseCertified certified) {
        changes.changed(certified.enterprise());
    }
}
