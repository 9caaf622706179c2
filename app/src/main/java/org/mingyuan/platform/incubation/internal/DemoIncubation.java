package org.mingyuan.platform.incubation.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.mingyuan.platform.DemoMode;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Role;
import org.mingyuan.platform.incubation.FinancingDesk;
import org.mingyuan.platform.incubation.FinancingDraft;
import org.mingyuan.platform.incubation.FinancingStage;
import org.mingyuan.platform.incubation.Incubatee;
import org.mingyuan.platform.incubation.IncubateeDesk;
import org.mingyuan.platform.incubation.IncubateeDraft;
import org.mingyuan.platform.incubation.IncubatorDesk;
import org.mingyuan.platform.incubation.IncubatorDraft;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseDraft;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactStatement;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, opens two incubators once, before the demo evaluation reads the parks' figures: one in 中国(杭州)未来区块链创新中心
 * that meets the 2018 national conditions (its young tenants and start-ups registered for it, 54 incubatees in all, 22 older
 * tenants as graduates, angel and own-fund rounds), and one in the 上海区块链技术创新与产业化基地 (湾谷 C7, 19,000 m²) that does
 * not: a dozen tenants in a large building, as field surveys found. Every figure is illustrative (示例数据).
 */
@Component
class DemoIncubation {

    private static final Caller ADMIN = new Caller("demo-data", Set.of(Role.ADMIN), null, null);
    private static final String MARK = "（示例数据）";
    private static final List<String> WORDS = List.of(
            "链启", "数擎", "可信", "安链", "智证", "星链", "易存", "云契", "溯源", "算力", "密钥", "合约", "通证", "链桥", "数信", "存真", "链图", "隐算");
    private static final List<String> KINDS = List.of("科技", "数智科技", "信息技术", "网络科技");
    private static final List<String> INVESTORS = List.of("杭州未来科技城创投", "浙江省种子投资基金", "余杭区产业基金", "西湖天使投资");

    private final DemoMode demo;
    private final IncubatorDesk incubatorDesk;
    private final IncubateeDesk incubateeDesk;
    private final FinancingDesk financingDesk;
    private final Incubators incubators;
    private final EnterpriseRegistry registry;
    private final ParkCatalog parks;
    private final TransactionTemplate transaction;

    DemoIncubation(
            DemoMode demo,
            IncubatorDesk incubatorDesk,
            IncubateeDesk incubateeDesk,
            FinancingDesk financingDesk,
            Incubators incubators,
            EnterpriseRegistry registry,
            ParkCatalog parks,
            TransactionTemplate transaction) {
        this.demo = demo;
        this.incubatorDesk = incubatorDesk;
        this.incubateeDesk = incubateeDesk;
        this.financingDesk = financingDesk;
        this.incubators = incubators;
        this.registry = registry;
        this.parks = parks;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(15)
    void load() {
        if (!demo.enabled() || !incubators.all().isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            park("hangzhou-future-blockchain-centre").ifPresent(this::hangzhou);
            park("shanghai-blockchain-base").ifPresent(this::shanghai);
        });
    }

    private void hangzhou(Park park) {
        LocalDate today = RegistryTime.today();
        long id = incubatorDesk
                .open(
                        ADMIN,
                        new IncubatorDraft(
                                park.id().value(),
                                "未来区块链创新中心孵化器" + MARK,
                                new BigDecimal("12000"),
                                new BigDecimal("9600"),
                                new BigDecimal("800"),
                                new BigDecimal("1500"),
                                new BigDecimal("520")))
                .id();
        List<Enterprise> tenants = tenants(park);
        LocalDate youngSince = today.minusMonths(66);
        List<String> current = new java.util.ArrayList<>();
        for (Enterprise tenant : tenants) {
            if (!tenant.foundedOn().isBefore(youngSince)) {
                LocalDate entry = later(tenant.foundedOn().plusMonths(3), today.minusMonths(44));
                incubateeDesk.enter(ADMIN, id, new IncubateeDraft(code(tenant), earlier(entry, today)));
                current.add(code(tenant));
            }
        }
        int young = current.size();
        for (int i = 0; i < Math.max(0, 54 - young); i++) {
            current.add(startUp(park, i, today));
        }
        for (String credit : current) {
            LocalDate founded = registry.find(ADMIN, credit).foundedOn();
            if (!founded.isBefore(youngSince) && tenants.stream().noneMatch(t -> code(t).equals(credit))) {
                incubateeDesk.enter(ADMIN, id, new IncubateeDraft(credit, earlier(founded.plusMonths(2), today)));
            }
        }
        tenants.stream()
                .filter(t -> t.foundedOn().isBefore(youngSince))
                .limit(22)
                .forEach(t -> {
                    Incubatee stay = incubateeDesk.enter(
                            ADMIN, id, new IncubateeDraft(code(t), t.foundedOn().plusMonths(6)));
                    incubateeDesk.graduate(ADMIN, id, stay.id(), t.foundedOn().plusMonths(36));
                });
        for (int i = 0; i < 8; i++) {
            round(current.get(i * 5), INVESTORS.get(i % INVESTORS.size()), 200 + 150 * i, FinancingStage.ANGEL, null);
        }
        for (int i = 0; i < 6; i++) {
            round(current.get(i * 7 + 1), "未来区块链创新中心孵化器自有资金", 50, FinancingStage.SEED, id);
        }
    }

    private void shanghai(Park park) {
        long id = incubatorDesk
                .open(
                        ADMIN,
                        new IncubatorDraft(
                                park.id().value(),
                                "湾谷科技园C7区块链孵化基地" + MARK,
                                new BigDecimal("19000"),
                                new BigDecimal("4200"),
                                new BigDecimal("300"),
                                new BigDecimal("900"),
                                new BigDecimal("120")))
                .id();
        LocalDate launched = LocalDate.of(2018, 9, 1);
        List<Enterprise> tenants = tenants(park);
        for (Enterprise tenant : tenants) {
            incubateeDesk.enter(ADMIN, id, new IncubateeDraft(code(tenant), later(tenant.foundedOn(), launched)));
        }
        if (!tenants.isEmpty()) {
            round(code(tenants.get(0)), "杨浦科创天使基金", 300, FinancingStage.ANGEL, null);
        }
    }

    /** Registers a start-up of the incubator in the registry, with two years of revenue, growing for every third. */
    private String startUp(Park park, int i, LocalDate today) {
        String credit = CreditCode.of("91", "330110", "MAHK%02dFC".formatted(i)).value();
        LocalDate founded = today.minusMonths(8 + (i * 7) % 40);
        registry.register(
                ADMIN,
                new EnterpriseDraft(
                        credit,
                        "杭州" + WORDS.get(i % WORDS.size()) + KINDS.get(i / WORDS.size() % KINDS.size()) + "有限公司",
                        "浙江省杭州市余杭区文一西路" + MARK,
                        null,
                        "I6513",
                        founded,
                        new BigDecimal("100"),
                        park.id().value(),
                        null));
        int year = today.getYear();
        revenue(credit, year - 2, 80 + i);
        revenue(credit, year - 1, i % 3 == 0 ? 140 + 2 * i : 70 + i);
        return credit;
    }

    private void revenue(String credit, int year, int value) {
        registry.state(
                ADMIN,
                credit,
                new FactStatement(
                        "REVENUE",
                        BigDecimal.valueOf(value),
                        LocalDate.of(year, 1, 1),
                        LocalDate.of(year, 12, 31),
                        FactSource.DECLARED,
                        "演示数据 / illustrative demo figure"));
    }

    private void round(String credit, String investor, int amount, FinancingStage stage, Long fund) {
        financingDesk.finance(
                ADMIN,
                new FinancingDraft(
                        credit,
                        investor + MARK,
                        BigDecimal.valueOf(amount),
                        RegistryTime.today().minusMonths(2),
                        stage,
                        fund));
    }

    private List<Enterprise> tenants(Park park) {
        return registry
                .all(
                        ADMIN,
                        new EnterpriseQuery(
                                null, park.id().value(), null, null, null, null, 0, EnterpriseQuery.MAX_SIZE))
                .stream()
                .sorted(Comparator.comparing(Enterprise::id, Comparator.comparingLong(e -> e.value())))
                .toList();
    }

    private Optional<Park> park(String code) {
        return parks.all().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    private static String code(Enterprise enterprise) {
        return enterprise.creditCode().value();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
