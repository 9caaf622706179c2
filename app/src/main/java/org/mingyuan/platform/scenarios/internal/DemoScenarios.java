package org.mingyuan.platform.scenarios.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.identity.AccountDepartments;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.policy.matching.LiveMatcher;
import org.mingyuan.platform.policy.matching.StandaloneConditions;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.scenarios.AwardDesk;
import org.mingyuan.platform.scenarios.Criterion;
import org.mingyuan.platform.scenarios.ExitDecision;
import org.mingyuan.platform.scenarios.Milestone;
import org.mingyuan.platform.scenarios.PanelScoring;
import org.mingyuan.platform.scenarios.Panelist;
import org.mingyuan.platform.scenarios.Proposal;
import org.mingyuan.platform.scenarios.ProposalDesk;
import org.mingyuan.platform.scenarios.ProposalDraft;
import org.mingyuan.platform.scenarios.RiskIndicator;
import org.mingyuan.platform.scenarios.SandboxDesk;
import org.mingyuan.platform.scenarios.Scenario;
import org.mingyuan.platform.scenarios.ScenarioDesk;
import org.mingyuan.platform.scenarios.ScenarioDraft;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, opens three application scenarios once, through the same desks as officials, firms and experts use:
 * 电子证照共享 in Shanghai, open for proposals (the demo {@code enterprise} is eligible); 政务数据共享 in Hangzhou, scored,
 * delivered and accepted; and 供应链金融 in Guangzhou Huangpu, a regulatory-sandbox pilot with two monitoring reports
 * (one breach) and an extension. Budgets, quotes, scores and readings are illustrative (示例数据), marked so on every
 * scenario. The demo {@code officer} joins the publishing departments. Loads on the live matcher's start-up thread once
 * the matcher is ready, in one transaction, as the demo recognitions do.
 */
@Component
class DemoScenarios {

    private static final Logger log = LoggerFactory.getLogger(DemoScenarios.class);
    private static final List<String> PANEL = List.of("expert1", "expert2", "expert3");
    private static final List<Criterion> CRITERIA = List.of(
            new Criterion("技术方案先进性", new BigDecimal("40"), 100),
            new Criterion("实施能力与案例", new BigDecimal("35"), 100),
            new Criterion("报价合理性", new BigDecimal("25"), 100));

    private final DemoMode demo;
    private final LiveMatcher live;
    private final StandaloneConditions conditions;
    private final ScenarioDesk desk;
    private final ProposalDesk proposals;
    private final PanelScoring scoring;
    private final AwardDesk awards;
    private final SandboxDesk sandbox;
    private final AccountDepartments departments;
    private final ParkCatalog parks;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoScenarios(
            DemoMode demo,
            LiveMatcher live,
            StandaloneConditions conditions,
            ScenarioDesk desk,
            ProposalDesk proposals,
            PanelScoring scoring,
            AwardDesk awards,
            SandboxDesk sandbox,
            AccountDepartments departments,
            ParkCatalog parks,
            JdbcClient jdbc,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.live = live;
        this.conditions = conditions;
        this.desk = desk;
        this.proposals = proposals;
        this.scoring = scoring;
        this.awards = awards;
        this.sandbox = sandbox;
        this.departments = departments;
        this.parks = parks;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(30)
    void start() {
        boolean loaded = jdbc.sql("select count(*) from scenario where illustrative")
                        .query(Long.class)
                        .single()
                > 0;
        if (!demo.enabled() || loaded) {
            return;
        }
        live.onceReady("Demo scenarios", () -> transaction.executeWithoutResult(status -> load()));
    }

    private void load() {
        open();
        accepted();
        pilot();
        log.info("Demo scenarios: 3 published (one open, one accepted, one sandbox pilot)");
    }

    private void open() {
        String department = "上海市大数据中心";
        publish(
                department,
                new ScenarioDraft(
                        department,
                        park("shanghai-blockchain-base"),
                        "电子证照区块链共享应用（示例）",
                        "Blockchain sharing of electronic licences (illustrative)",
                        "上海市杨浦区行政服务中心",
                        "企业办事时调用营业执照、许可证等电子证照，跨部门共享并以联盟链记录每次调用，企业可查可验。",
                        "证照调用响应 ≤ 200 毫秒；调用记录上链存证可验证；对接不少于 10 个部门。",
                        new BigDecimal("1500000"),
                        RegistryTime.today().plusDays(45),
                        "park in ['shanghai-blockchain-base', 'tongji-chain-space', 'shibei-blockchain-valley']",
                        CRITERIA,
                        panel(),
                        false,
                        List.of(),
                        List.of()));
    }

    private void accepted() {
        String department = "杭州市数据资源管理局";
        Scenario scenario = publish(
                department,
                new ScenarioDraft(
                        department,
                        park("hangzhou-future-blockchain-centre"),
                        "政务数据共享区块链平台（示例）",
                        "Blockchain platform for government data sharing (illustrative)",
                        "杭州市余杭区数据资源管理局",
                        "区县部门之间共享人口、法人、证照数据，用区块链记录授权与调用，做到数据可用不可见、调用可追溯。",
                        "支持 20 个部门节点；授权记录上链；隐私计算方式共享核心字段。",
                        new BigDecimal("3000000"),
                        RegistryTime.today().plusDays(30),
                        "park in ['hangzhou-future-blockchain-centre', 'xixi-valley']",
                        CRITERIA,
                        panel(),
                        false,
                        List.of(),
                        List.of()));
        Caller officer = officer(department);
        List<Proposal> made = propose(scenario, "park == 'hangzhou-future-blockchain-centre'", "2680000", "2450000");
        desk.close(officer, scenario.id(), made.size());
        score(scenario, made, new int[][] {{88, 85, 80}, {76, 80, 90}});
        awards.nameWinner(officer, scenario.id(), made.get(0).id(), null);
        Caller winner = firm(made.get(0));
        for (String name : List.of("部门节点接入与授权上链", "隐私计算共享上线试运行")) {
            Milestone milestone = awards.addMilestone(
                    officer, scenario.id(), name, RegistryTime.today().plusDays(60));
            awards.deliver(winner, scenario.id(), milestone.id(), name + "已完成，附测试报告（示例）。", null);
            awards.decide(officer, scenario.id(), milestone.id(), true, "符合技术指标。");
        }
        awards.accept(officer, scenario.id(), "全部里程碑通过，同意验收（示例）。");
    }

    private void pilot() {
        String department = "广州市黄埔区地方金融监督管理局";
        Scenario scenario = publish(
                department,
                new ScenarioDraft(
                        department,
                        park("guangzhou-huangpu"),
                        "供应链金融应收账款确权（监管沙盒，示例）",
                        "Supply-chain finance receivables confirmation (sandbox pilot, illustrative)",
                        "黄埔区中小微企业融资服务中心",
                        "核心企业应付账款在联盟链上确权、拆分、流转，供应商凭链上凭证向银行融资；在监管沙盒内试点。",
                        "凭证确权 T+0；拆分流转全程上链；与 2 家以上银行系统对接。",
                        new BigDecimal("2000000"),
                        RegistryTime.today().plusDays(30),
                        "park == 'guangzhou-huangpu'",
                        CRITERIA,
                        panel(),
                        true,
                        List.of("试点期间链上凭证拆分流转按创新业务报备，豁免逐笔事前审批", "对未造成损失的操作性差错予以容错"),
                        List.of(
                                new RiskIndicator("逾期率", "%", new BigDecimal("3"), RiskIndicator.Direction.MAX),
                                new RiskIndicator("单户融资集中度", "%", new BigDecimal("20"), RiskIndicator.Direction.MAX),
                                new RiskIndicator("系统可用率", "%", new BigDecimal("99.5"), RiskIndicator.Direction.MIN))));
        Caller officer = officer(department);
        List<Proposal> made = propose(scenario, "park == 'guangzhou-huangpu'", "1880000", "1750000");
        desk.close(officer, scenario.id(), made.size());
        score(scenario, made, new int[][] {{82, 78, 75}, {84, 86, 88}});
        awards.nameWinner(officer, scenario.id(), made.get(1).id(), null);
        awards.addMilestone(
                officer, scenario.id(), "两家银行系统对接完成", RegistryTime.today().plusDays(90));
        Caller winner = firm(made.get(1));
        sandbox.report(
                winner,
                scenario.id(),
                quarter(-2),
                "首季度运行平稳（示例）。",
                List.of(new BigDecimal("1.2"), new BigDecimal("12.5"), new BigDecimal("99.8")));
        sandbox.report(
                winner,
                scenario.id(),
                quarter(-1),
                "一家供应商融资集中度超过阈值，已限额（示例）。",
                List.of(new BigDecimal("2.1"), new BigDecimal("23.4"), new BigDecimal("99.6")));
        sandbox.exit(officer, scenario.id(), ExitDecision.EXTEND, "集中度指标曾越限，延长一个季度观察（示例）。");
    }

    private Scenario publish(String department, ScenarioDraft draft) {
        departments.join(SYSTEM, "officer", department);
        return desk.publish(officer(department), draft, true);
    }

    /** Two enterprises that meet {@code condition} propose, quoting the amounts given, in order. */
    private List<Proposal> propose(Scenario scenario, String condition, String... quotes) {
        List<StandaloneConditions.Member> members = conditions.members(condition);
        return java.util.stream.IntStream.range(0, quotes.length)
                .mapToObj(i -> {
                    var member = members.get(i);
                    Caller firm = new Caller(
                            "demo-" + member.creditCode(),
                            Set.of(Role.ENTERPRISE),
                            member.id().value(),
                            null);
                    return proposals.submit(
                            firm,
                            scenario.id(),
                            new ProposalDraft(
                                    member.creditCode(),
                                    "联盟链方案，含实施计划与运维承诺（示例）。",
                                    new BigDecimal(quotes[i]),
                                    List.of()));
                })
                .toList();
    }

    private void score(Scenario scenario, List<Proposal> made, int[][] base) {
        for (int e = 0; e < PANEL.size(); e++) {
            Caller expert = new Caller(PANEL.get(e), Set.of(Role.EXPERT), null, null);
            for (int p = 0; p < made.size(); p++) {
                int lean = e - 1;
                List<BigDecimal> scores = java.util.Arrays.stream(base[p])
                        .mapToObj(s -> BigDecimal.valueOf(Math.min(100, s + lean * 2)))
                        .toList();
                scoring.score(expert, scenario.id(), made.get(p).id(), List.copyOf(scores));
            }
        }
    }

    private static Caller firm(Proposal proposal) {
        return new Caller("demo-" + proposal.creditCode(), Set.of(Role.ENTERPRISE), proposal.enterpriseId(), null);
    }

    private static Caller officer(String department) {
        return new Caller("officer", Set.of(Role.POLICY_OFFICER), null, null, Set.of(department));
    }

    private static List<Panelist> panel() {
        return PANEL.stream().map(username -> new Panelist(username, List.of())).toList();
    }

    private Long park(String code) {
        return parks.all().stream()
                .filter(p -> p.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFound("park", code))
                .id()
                .value();
    }

    private static String quarter(int back) {
        LocalDate day = RegistryTime.today().plusMonths(3L * back);
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    private static final String SYSTEM = "system";
}
