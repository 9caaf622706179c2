package org.mingyuan.platform.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stored accounts, their roles and the departments they belong to. */
@Repository
public class Accounts {

    private static final String COLUMNS =
            "id, username, display_name, password_hash, enabled, demo, failed_logins, locked_until, enterprise_id, park_id";

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account with this username, if any. */
    public Optional<Account> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from account where username = ?")
                .param(username)
                .query((rs, row) -> map(rs, rolesOf(rs.getLong("id")), departmentsOf(rs.getLong("id"))))
                .optional();
    }

    /** Every account, by username. */
    public List<Account> all() {
        Map<Long, Set<Role>> roles = jdbc
                .sql("select account_id, role from account_role")
                .query((rs, row) -> Map.entry(rs.getLong(1), Role.valueOf(rs.getString(2))))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(
                                Map.Entry::getValue, Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
        Map<Long, Set<String>> departments = jdbc
                .sql("select account_id, department from account_department")
                .query((rs, row) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(TreeSet::new))));
        return jdbc.sql("select " + COLUMNS + " from account order by username")
                .query((rs, row) -> map(
                        rs,
                        roles.getOrDefault(rs.getLong("id"), Set.of()),
                        departments.getOrDefault(rs.getLong("id"), Set.of())))
                .list();
    }

    /** True when at least one enabled account holds {@code role}. */
    public boolean anyEnabledWith(Role role) {
        return jdbc.sql("select count(*) from account a join account_role r on r.account_id = a.id"
                                + " where a.enabled and r.role = ?")
                        .param(role.name())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Stores a new account and returns its id. */
    public long create(String username, String displayName, String passwordHash, boolean demo, Set<Role> roles) {
        Timestamp now = Timestamp.from(Instant.now());
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into account (username, display_name, password_hash, enabled, demo, created_at,"
                        + " password_changed_at) values (?, ?, ?, true, ?, ?, ?)")
                .params(username, displayName, passwordHash, demo, now, now)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        replaceRoles(id, roles);
        return id;
    }

    /** Replaces the roles of an account. */
    public void replaceRoles(long accountId, Set<Role> roles) {
        jdbc.sql("delete from account_role where account_id = ?")
                .param(accountId)
                .update();
        for (Role role : roles) {
            jdbc.sql("insert into account_role (account_id, role) values (?, ?)")
                    .params(accountId, role.name())
                    .update();
        }
    }

    /** Replaces the departments an account belongs to. */
    public void replaceDepartments(long accountId, Set<String> departments) {
        jdbc.sql("delete from account_department where account_id = ?")
                .param(accountId)
                .update();
        for (String department : departments) {
            jdbc.sql("insert into account_department (account_id, department) values (?, ?)")
                    .params(accountId, department)
                    .update();
        }
    }

    /** Enables or disables an account. */
    public void setEnabled(long accountId, boolean enabled) {
        jdbc.sql("update account set enabled = ? where id = ?")
                .params(enabled, accountId)
                .update();
    }

    /** Sets the enterprise and park an account acts for; null clears either. */
    public void setScope(long accountId, @Nullable Long enterpriseId, @Nullable Long parkId) {
        jdbc.sql("update account set enterprise_id = ?, park_id = ? where id = ?")
                .params(enterpriseId, parkId, accountId)
                .update();
    }

    /** Disables every demo account; returns how many were enabled. */
    public int disableDemoAccounts() {
        return jdbc.sql("update account set enabled = false where demo and enabled")
                .update();
    }

    /** Counts one more failed login and returns the new count; zero for an unknown username. */
    public int countFailure(String username) {
        jdbc.sql("update account set failed_logins = failed_logins + 1 where username = ?")
                .param(username)
                .update();
        return jdbc.sql("select failed_logins from account where username = ?")
                .param(username)
                .query(Integer.class)
                .optional()
                .orElse(0);
    }

    /** Locks an account until {@code until} and clears its failure count. */
    public void lock(String username, Instant until) {
        jdbc.sql("update account set locked_until = ?, failed_logins = 0 where username = ?")
                .params(Timestamp.from(until), username)
                .update();
    }

    /** Clears the failure count after a successful login. */
    public void clearFailures(String username) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = ?"
                        + " and (failed_logins > 0 or locked_until is not null)")
                .param(username)
                .update();
    }

    private Set<Role> rolesOf(long accountId) {
        return jdbc
                .sql("select role from account_role where account_id = ?")
                .param(accountId)
                .query((rs, row) -> Role.valueOf(rs.getString(1)))
                .list()
                .stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private Set<String> departmentsOf(long accountId) {
        return new TreeSet<>(jdbc.sql("select department from account_department where account_id = ?")
                .param(accountId)
                .query(String.class)
                .list());
    }

    private static Account map(ResultSet rs, Set<Role> roles, Set<String> departments) throws SQLException {
        @Nullable Timestamp locked = rs.getTimestamp("locked_until");
        return new Account(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("password_hash"),
                rs.getBoolean("enabled"),
                rs.getBoolean("demo"),
                rs.getInt("failed_logins"),
                locked == null ? null : locked.toInstant(),
                roles,
                rs.getObject("enterprise_id", Long.class),
                rs.getObject("park_id", Long.class),
                java.util.Collections.unmodifiableSet(new TreeSet<>(departments)));
    }
}
