package org.mingyuan.platform.identity.internal;

import java.util.List;
import org.mingyuan.platform.identity.Role;

/** The demo accounts, one per role, all with the password {@code demo}; they exist only in demo mode. */
final class DemoAccounts {

    static final String PASSWORD = "demo";

    record DemoAccount(String username, String displayName, Role role) {}

    static final List<DemoAccount> ALL = List.of(
            new DemoAccount("admin", "系统管理员 (demo)", Role.ADMIN),
            new DemoAccount("officer", "政策主管 (demo)", Role.POLICY_OFFICER),
            new DemoAccount("operator", "园区运营 (demo)", Role.PARK_OPERATOR),
            new DemoAccount("reviewer", "审核人员 (demo)", Role.REVIEWER),
            new DemoAccount("finance", "财政人员 (demo)", Role.FINANCE),
            new DemoAccount("supervisor", "督查人员 (demo)", Role.SUPERVISOR),
            new DemoAccount("enterprise", "企业用户 (demo)", Role.ENTERPRISE),
            new DemoAccount("expert1", "评审专家一 (demo)", Role.EXPERT),
            new DemoAccount("expert2", "评审专家二 (demo)", Role.EXPERT),
            new DemoAccount("expert3", "评审专家三 (demo)", Role.EXPERT),
            new DemoAccount("expert4", "评审专家四 (demo)", Role.EXPERT),
            new DemoAccount("expert5", "评审专家五 (demo)", Role.EXPERT));

    private DemoAccounts() {}
}
