package org.mingyuan.platform.identity;

/** The roles of the platform; an account holds one or more. */
public enum Role {
    /** Administers accounts and settings. */
    ADMIN,
    /** Writes, simulates and publishes policies (政策制定/主管部门). */
    POLICY_OFFICER,
    /** Keeps a park's register and does the first review (园区运营方). */
    PARK_OPERATOR,
    /** Reviews applications. */
    REVIEWER,
    /** Records payouts and keeps budgets. */
    FINANCE,
    /** Watches deadlines and fulfilment (督查). */
    SUPERVISOR,
    /** Acts for one enterprise (企业). */
    ENTERPRISE,
    /** Scores parks on the evaluations whose panel names them (评审专家). */
    EXPERT;

    /** The Spring Security authority of this role, {@code ROLE_<name>}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
