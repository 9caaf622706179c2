package org.mingyuan.platform.audit.internal;

/** What an audit event records; its name is stored and labelled {@code audit.action.NAME}. */
public enum AuditAction {
    LOGIN,
    ACCOUNT_LOCKED,
    ACCOUNT_CREATED,
    ROLES_CHANGED,
    SCOPE_CHANGED,
    ACCOUNT_DISABLED,
    ACCOUNT_ENABLED,
    ADMINISTRATOR_SET,
    TOKEN_ISSUED,
    TOKEN_REVOKED,
    ENTERPRISE_REGISTERED,
    ENTERPRISE_CHANGED,
    ENTERPRISE_CERTIFIED,
    IMPORT,
    MOVE_IN_REQUESTED,
    MOVE_IN_DECIDED,
    POLICY_SAVED,
    CLAUSE_DRAFTED,
    CLAUSE_PUBLISHED,
    CLAUSE_AMENDED,
    CLAUSE_WITHDRAWN,
    POLICY_IMPORTED
}
