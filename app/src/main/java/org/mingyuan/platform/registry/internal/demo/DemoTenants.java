package org.mingyuan.platform.registry.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.mingyuan.platform.identity.AccountScopes;
import org.mingyuan.platform.registry.Certification;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseEvents.EnterpriseCertified;
import org.mingyuan.platform.registry.EnterpriseId;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.FactSource;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.RegistryTime;
import org.mingyuan.platform.registry.internal.Certifications;
import org.mingyuan.platform.registry.internal.Enterprises;
import org.mingyuan.platform.registry.internal.Facts;
import org.mingyuan.platform.registry.internal.Parks;
import org.mingyuan.platform.registry.internal.RegistryChanges;
import org.mingyuan.platform.registry.internal.Spaces;
import org.mingyuan.platform.registry.internal.demo.SyntheticEnterprises.Synthetic;
import org.mingyuan.platform.registry.internal.demo.SyntheticEnterprises.YearFigures;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fills the demo parks with space and synthetic tenants: buildings and units sized to each park's
 * floor area, enterprises with two years of facts and their certifications, leases that make up the
 * occupancy, and the demo accounts {@code enterprise} and {@code operator} tied to the Shanghai base.
 * Each certification is published like a real one, so the ledger records it and its enterprise
 * gets a receipt.
 */
@Component
class DemoTenants {

    static final String SHOWCASE_PARK = "shanghai-blockchain-base";
    private static final long SEED = 20261122L;
    private static final String DEMO_ACTOR = "demo-data";

    /** Per park: tenants to generate, registration division code, address. */
    private static final Map<String, Object[]> PLAN = Map.ofEntries(
            Map.entry(SHOWCASE_PARK, new Object[] {12, "310110", "上海市杨浦区湾谷科技园C7栋"}),
            Map.entry("loudi-blockchain-park", new Object[] {40, "431302", "湖南省娄底市娄星区"}),
            Map.entry("tongji-chain-space", new Object[] {30, "310110", "上海市杨浦区四平路"}),
            Map.entry("hangzhou-future-blockchain-centre", new Object[] {50, "330110", "浙江省杭州市余杭区文一西路"}),
            Map.entry("yunnan-blockchain-centre", new Object[] {25, "530102", "云南省昆明市五华区"}),
            Map.entry("hainan-ecological-software-park", new Object[] {80, "469023", "海南省澄迈县老城镇"}),
            Map.entry("shibei-blockchain-valley", new Object[] {40, "310106", "上海市静安区江场三路"}),
            Map.entry("apbc", new Object[] {15, "310115", "上海市浦东新区"}),
            Map.entry("changsha-xingsha", new Object[] {35, "430121", "湖南省长沙市长沙县星沙"}),
            Map.entry("xixi-valley", new Object[] {20, "330106", "浙江省杭州市西湖区"}),
            Map.entry("guangzhou-huangpu", new Object[] {25, "440112", "广东省广州市黄埔区"}));

    /** Province abbreviations of CAC filing numbers by the first two digits of the division code. */
    private static final Map<String, String> PROVINCES =
            Map.of("31", "沪", "33", "浙", "43", "湘", "53", "滇", "46", "琼", "44", "粤", "32", "苏");

    private final Parks parks;
    private final Enterprises enterprises;
    private final Facts facts;
    private final Certifications certifications;
    private final Spaces spaces;
    private final EnterpriseRegistry registry;
    private final AccountScopes scopes;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final RegistryChanges changes;

    DemoTenants(
            Parks parks,
            Enterprises enterprises,
            Facts facts,
            Certifications certifications,
            Spaces spaces,
            EnterpriseRegistry registry,
            AccountScopes scopes,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            RegistryChanges changes) {
        this.parks = parks;
        this.enterprises = enterprises;
        this.facts = facts;
        this.certifications = certifications;
        this.spaces = spaces;
        this.registry = registry;
        this.scopes = scopes;
        this.jdbc = jdbc;
        this.events = events;
        this.changes = changes;
    }

    /** Generates the tenants once; does nothing when synthetic enterprises exist already. */
    void populate() {
        if (jdbc.sql("select count(*) from enterprise where synthetic")
                        .query(Long.class)
                        .single()
                > 0) {
            return;
        }
        var generator = new SyntheticEnterprises(SEED);
        var random = new Random(SEED);
        int lastYear = RegistryTime.today().getYear() - 1;
        for (Park park : parks.all()) {
            Object[] plan = PLAN.get(park.code());
            if (plan == null) {
                continue;
            }
            List<Long> units = space(park);
            List<Synthetic> tenants =
                    generator.generate((Integer) plan[0], (String) plan[1], (String) plan[2], lastYear);
            for (Synthetic tenant : tenants) {
                EnterpriseId id = store(tenant, park.id().value(), lastYear);
                lease(units, id, tenant, random);
            }
            if (park.code().equals(SHOWCASE_PARK)) {
                scopes.runPark(DEMO_ACTOR, "operator", park.id().value());
                Enterprise showcase = enterprises
                        .byCreditCode(tenants.get(0).creditCode().value())
                        .orElseThrow();
                scopes.actForEnterprise(DEMO_ACTOR, "enterprise", showcase.id().value());
            }
        }
    }

    private EnterpriseId store(Synthetic tenant, long parkId, int lastYear) {
        EnterpriseId id = enterprises.insert(new Enterprise(
                new EnterpriseId(0),
                tenant.creditCode(),
                tenant.name(),
                tenant.address(),
                tenant.creditCode().divisionCode(),
                tenant.industryCode(),
                tenant.foundedOn(),
                tenant.registeredCapital().setScale(2, RoundingMode.HALF_UP),
                parkId,
                tenant.chainSegment(),
                null,
                true));
        for (YearFigures year : tenant.years()) {
            var recorded = LocalDate.of(year.year() + 1, 3, 31).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
            year.values().forEach((name, value) -> facts.append(id, yearFact(name, value, year, recorded)));
        }
        departmentFacts(id, tenant, lastYear);
        for (String type : tenant.certifications()) {
            LocalDate issued = LocalDate.of(lastYear - 1, 11, 1);
            String number = type.equals("SPECIALISED_SME") ? null : number(type, tenant);
            certifications.add(
                    id,
                    new Certification(
                            type,
                            number,
                            issued,
                            issued.plusYears(3),
                            "演示数据（合成）/ synthetic demo evidence",
                            FactSource.IMPORTED,
                            issued.atStartOfDay().toInstant(ZoneOffset.ofHours(8)),
                            DEMO_ACTOR));
            events.publishEvent(new EnterpriseCertified(
                    UUID.randomUUID(), id, tenant.creditCode().value(), type, number, FactSource.IMPORTED, DEMO_ACTOR));
        }
        registry.rederive(id);
        changes.changed(id);
        return id;
    }

    private static Fact yearFact(String name, BigDecimal value, YearFigures year, java.time.Instant recorded) {
        boolean stock = List.of(FactKeys.STAFF, FactKeys.RD_STAFF, FactKeys.ASSETS, FactKeys.PATENTS, FactKeys.IP_ITEMS)
                .contains(name);
        LocalDate end = LocalDate.of(year.year(), 12, 31);
        return new Fact(
                name,
                new FactValue.Decimal(value.setScale(2, RoundingMode.HALF_UP)),
                stock ? end : LocalDate.of(year.year(), 1, 1),
                end,
                year.source(),
                "演示数据（合成）/ synthetic demo figure",
                recorded,
                DEMO_ACTOR);
    }

    /**
     * The yes-or-no facts only departments state (taxes paid in the district, credit record, independent legal
     * person, a commitment to stay), verified at the end of the last year; drawn from the firm's own seed so the
     * rest of the demo data stays as it was.
     */
    private void departmentFacts(EnterpriseId id, Synthetic tenant, int lastYear) {
        var random = new Random(tenant.creditCode().value().hashCode());
        LocalDate checked = LocalDate.of(lastYear, 12, 31);
        var recorded = LocalDate.of(lastYear + 1, 3, 31).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        Map<String, Boolean> verified = Map.of(
                "TAX_IN_DISTRICT", random.nextInt(10) < 8,
                "GOOD_CREDIT", random.nextInt(10) < 9,
                "INDEPENDENT_LEGAL_PERSON", random.nextInt(20) < 19,
                "NO_MOVE_COMMITMENT", random.nextInt(10) < 5);
        new java.util.TreeMap<>(verified)
                .forEach((kind, yes) -> facts.append(
                        id,
                        new Fact(
                                kind,
                                new FactValue.YesNo(yes),
                                checked,
                                checked,
                                FactSource.VERIFIED,
                                "演示数据（合成）/ synthetic demo figure",
                                recorded,
                                DEMO_ACTOR)));
    }

    private static String number(String type, Synthetic tenant) {
        String division = tenant.creditCode().divisionCode();
        String serial = String.format(
                "%014d", Math.abs((long) tenant.creditCode().value().hashCode()));
        return switch (type) {
            case "CAC_FILING" ->
                PROVINCES.getOrDefault(division.substring(0, 2), "京") + "网信备" + division + serial + "号";
            case "HIGH_TECH" ->
                "GR" + (tenant.foundedOn().getYear() + 2) + division.substring(0, 2) + serial.substring(6);
            default -> "DEMO-" + serial;
        };
    }

    /** Buildings and units of the park: a building per 20,000 m² of floor area, a unit per floor. */
    private List<Long> space(Park park) {
        List<Long> units = new ArrayList<>();
        if (park.floorAreaM2() == null) {
            return units;
        }
        BigDecimal area = park.floorAreaM2().value();
        boolean showcase = park.code().equals(SHOWCASE_PARK);
        int buildings = showcase
                ? 1
                : Math.max(
                        1,
                        area.divide(BigDecimal.valueOf(20000), 0, RoundingMode.UP)
                                .intValue());
        int floors = showcase ? 9 : 6;
        int count = buildings * floors;
        BigDecimal perFloor = area.divide(BigDecimal.valueOf(count), 1, RoundingMode.DOWN);
        BigDecimal last = area.subtract(perFloor.multiply(BigDecimal.valueOf(count - 1)));
        for (int b = 1; b <= buildings; b++) {
            long building = spaces.addBuilding(park.id().value(), showcase ? "C7" : b + "号楼", floors);
            for (int f = 1; f <= floors; f++) {
                units.add(spaces.addUnit(building, f + "F", f, units.size() == count - 1 ? last : perFloor));
            }
        }
        return units;
    }

    /** Leases about 12 m² per employee, capped at 1,000 m², in the first unit with room. */
    private void lease(List<Long> units, EnterpriseId tenant, Synthetic synthetic, Random random) {
        long staff = synthetic
                .years()
                .get(synthetic.years().size() - 1)
                .values()
                .get(FactKeys.STAFF)
                .longValue();
        BigDecimal wanted = BigDecimal.valueOf(Math.min(1000, Math.max(40, staff * (8 + random.nextInt(8)))));
        LocalDate start = synthetic.foundedOn().isAfter(LocalDate.of(2023, 1, 1))
                ? synthetic.foundedOn()
                : LocalDate.of(2023 + random.nextInt(3), 1 + random.nextInt(12), 1);
        LocalDate end = start.plusYears(3 + random.nextInt(3));
        for (long unit : units) {
            BigDecimal free =
                    spaces.unit(unit).orElseThrow().areaM2().subtract(spaces.peakLeasedArea(unit, start, end));
            if (free.compareTo(wanted) >= 0) {
                BigDecimal rent = wanted.multiply(BigDecimal.valueOf(90 + random.nextInt(90)))
                        .setScale(2, RoundingMode.HALF_UP);
                spaces.addLease(unit, tenant.value(), wanted, start, end, rent);
                return;
            }
        }
    }
}
