package org.mingyuan.platform.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.PlainText;
import org.mingyuan.platform.PlainText.Lines;
import org.mingyuan.platform.identity.AccountEvents.AccountScopeChanged;
import org.mingyuan.platform.identity.internal.Account;
import org.mingyuan.platform.identity.internal.Accounts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The departments accounts belong to (部门). A reviewer acts on the review stages of the policies its departments issued,
 * a finance official on their finance stages. A department is named exactly as policies name their issuing department,
 * in Chinese (e.g. {@code 广州市黄埔区科学技术局}).
 */
@Service
public class AccountDepartments {

    /** Longest department name. */
    public static final int NAME_LENGTH = 200;

    /** Most departments one account belongs to. */
    public static final int MAX_DEPARTMENTS = 50;

    private final Accounts accounts;
    private final ApplicationEventPublisher events;

    AccountDepartments(Accounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    /**
     * Replaces the departments {@code username} belongs to, on behalf of {@code actor}; names are stripped, blank
     * ones dropped, and the whole change is refused when a name is too long or holds invisible characters.
     *
     * @return the departments it now belongs to, sorted
     */
    @Transactional
    public Set<String> replace(String actor, String username, Collection<String> departments) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFound("account", username));
        Set<String> names = checked(departments);
        accounts.replaceDepartments(account.id(), names);
        events.publishEvent(new AccountScopeChanged(actor, username, "departments " + names));
        return names;
    }

    /** Adds {@code department} to those {@code username} belongs to; nothing when it belongs already. */
    @Transactional
    public void join(String actor, String username, String department) {
        Account account = accounts.byUsername(username).orElseThrow(() -> new NotFound("account", username));
        if (account.departments().contains(department.strip())) {
            return;
        }
        Set<String> names = new TreeSet<>(account.departments());
        names.add(department);
        replace(actor, username, names);
    }

    private static Set<String> checked(Collection<String> departments) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> names = new TreeSet<>();
        int i = 0;
        for (String raw : departments) {
            String field = "departments[" + i++ + "]";
            String name = raw == null ? "" : raw.strip();
            if (name.isEmpty()) {
                continue;
            }
            if (name.length() > NAME_LENGTH) {
                problems.add(new FieldProblem(field, "account.departmentLength", List.of(NAME_LENGTH)));
            }
            PlainText.problem(field, name, Lines.ONE).ifPresent(problems::add);
            names.add(name);
        }
        if (names.size() > MAX_DEPARTMENTS) {
            problems.add(new FieldProblem("departments", "account.tooManyDepartments", List.of(MAX_DEPARTMENTS)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return names;
    }
}
