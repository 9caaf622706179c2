package org.mingyuan.platform.ledger;

/**
 * Tells whether an account acts for an enterprise, which entitles it to the receipts of the entries
 * that concern the enterprise.
 *
 * <p>Officials (roles ADMIN, SUPERVISOR, POLICY_OFFICER) may download every receipt. Any other
 * account gets a receipt only when some bean of this type says it represents the entry's enterprise;
 * the registry implements it once accounts are linked to enterprises. Until then no bean exists and
 * only officials download receipts.
 */
public interface EnterpriseRepresentatives {

    /** Returns whether the account {@code username} acts for the enterprise with this credit code. */
    boolean represents(String username, String creditCode);
}
