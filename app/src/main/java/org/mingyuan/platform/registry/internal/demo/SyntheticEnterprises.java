package org.mingyuan.platform.registry.internal.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.FactKeys;
import org.mingyuan.platform.registry.FactSource;

/**
 * Generates synthetic enterprises shaped like a blockchain park's tenants: most small and micro
 * software firms, a few large ones, a spread over the industry chain, realistic certification rates.
 * Seeded, so the same seed gives the same registry. Every generated enterprise is marked synthetic.
 */
public final class SyntheticEnterprises {

    // Real GB/T 4754-2017 codes (classes, or groups where the class does not matter), all named in
    // the reference table, so that demo pages show names rather than codes.
    private static final List<String> SOFTWARE =
            List.of("I6511", "I6512", "I6513", "I6519", "I6531", "I6532", "I6540", "I6550", "I6560");
    private static final List<String> INTERNET = List.of("I6421", "I6429", "I6431", "I6433", "I6450");
    private static final List<String> RESEARCH = List.of("M732", "M748", "M751", "M752");
    private static final List<String> BUSINESS = List.of("L721", "L724", "L726");
    private static final List<String> HARDWARE = List.of("C3911", "C3912", "C3914", "C3915");

    private static final String[] PREFIXES = {
        "链", "信", "数", "智", "云", "安", "众", "融", "通", "联", "易", "睿", "衡", "拓", "启", "恒", "远", "星", "海", "华"
    };
    private static final String[] MIDDLES = {
        "链科", "数科", "信安", "云链", "智联", "区块", "可信", "共识", "密码", "存证", "溯源", "通证", "算力", "数据"
    };
    private static final String[] SUFFIXES = {"科技有限公司", "信息技术有限公司", "网络科技有限公司", "数字科技有限公司", "技术服务有限公司"};
    private static final String[] SEGMENTS = {
        "chips",
        "cloud-storage",
        "cryptography",
        "base-chain",
        "baas",
        "cross-chain",
        "security-audit",
        "privacy-computing",
        "finance",
        "supply-chain",
        "government",
        "traceability",
        "evidence",
        "copyright",
        "energy",
        "health",
        "media",
        "consulting",
        "investment",
        "training",
        "community"
    };
    /** Relative weights of the segments: most firms build platforms and applications. */
    private static final int[] SEGMENT_WEIGHTS = {2, 3, 3, 5, 8, 3, 4, 4, 9, 8, 7, 6, 6, 4, 3, 3, 2, 3, 2, 2, 1};

    private final Random random;
    private final Set<String> names = new HashSet<>();

    /** A generator with this seed. */
    public SyntheticEnterprises(long seed) {
        this.random = new Random(seed);
    }

    /** One generated enterprise with its yearly facts and certifications. */
    public record Synthetic(
            CreditCode creditCode,
            String name,
            String address,
            String industryCode,
            LocalDate foundedOn,
            BigDecimal registeredCapital,
            String chainSegment,
            List<YearFigures> years,
            List<String> certifications) {}

    /** The figures of one year, all from one source. */
    public record YearFigures(int year, FactSource source, Map<String, BigDecimal> values) {}

    /** Generates {@code count} enterprises registered in {@code divisionCode} at {@code addressPrefix}. */
    public List<Synthetic> generate(int count, String divisionCode, String addressPrefix, int lastYear) {
        List<Synthetic> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(one(divisionCode, addressPrefix, lastYear));
        }
        return out;
    }

    private Synthetic one(String division, String addressPrefix, int lastYear) {
        String orgBody = organisationBody();
        CreditCode code = CreditCode.of("91", division, orgBody);
        LocalDate founded = LocalDate.of(lastYear - random.nextInt(12), 1 + random.nextInt(12), 1 + random.nextInt(28));
        long staff = staff();
        String industry = industry();
        BigDecimal revenuePerHead = money(8 + random.nextDouble() * 60);
        List<YearFigures> years = new ArrayList<>();
        for (int year = Math.max(founded.getYear(), lastYear - 1); year <= lastYear; year++) {
            double growth = year == lastYear ? 1.0 : 0.85 + random.nextDouble() * 0.1;
            long yearStaff = Math.max(1, Math.round(staff * growth));
            BigDecimal revenue =
                    revenuePerHead.multiply(BigDecimal.valueOf(yearStaff)).setScale(2, RoundingMode.HALF_UP);
            BigDecimal rdSpend =
                    revenue.multiply(money(0.03 + random.nextDouble() * 0.25)).setScale(2, RoundingMode.HALF_UP);
            years.add(new YearFigures(
                    year,
                    source(),
                    Map.of(
                            FactKeys.STAFF, BigDecimal.valueOf(yearStaff),
                            FactKeys.RD_STAFF,
                                    BigDecimal.valueOf(
                                            Math.max(0, Math.round(yearStaff * (0.2 + random.nextDouble() * 0.5)))),
                            FactKeys.REVENUE, revenue,
                            FactKeys.BLOCKCHAIN_REVENUE,
                                    revenue.multiply(money(0.3 + random.nextDouble() * 0.7))
                                            .setScale(2, RoundingMode.HALF_UP),
                            FactKeys.RD_SPEND, rdSpend,
                            FactKeys.TAX_PAID,
                                    revenue.multiply(money(0.02 + random.nextDouble() * 0.06))
                                            .setScale(2, RoundingMode.HALF_UP),
                            FactKeys.ASSETS,
                                    revenue.multiply(money(0.6 + random.nextDouble() * 1.5))
                                            .setScale(2, RoundingMode.HALF_UP),
                            FactKeys.PATENTS, BigDecimal.valueOf(random.nextInt(1 + (int) Math.min(40, yearStaff / 5))),
                            FactKeys.IP_ITEMS,
                                    BigDecimal.valueOf(random.nextInt(3 + (int) Math.min(60, yearStaff / 3))))));
        }
        return new Synthetic(
                code,
                name(),
                addressPrefix + (1 + random.nextInt(999)) + "号",
                industry,
                founded,
                money(random.nextInt(10) < 7 ? 100 + random.nextInt(900) : 1000 + random.nextInt(20000)),
                segment(),
                years,
                certifications(staff));
    }

    /** Staff counts: most micro and small, a few medium, a very few large. */
    private long staff() {
        int roll = random.nextInt(100);
        if (roll < 45) return 2 + random.nextInt(9);
        if (roll < 80) return 10 + random.nextInt(90);
        if (roll < 96) return 100 + random.nextInt(200);
        return 300 + random.nextInt(1500);
    }

    private String industry() {
        int roll = random.nextInt(100);
        if (roll < 70) return pick(SOFTWARE);
        if (roll < 78) return pick(INTERNET);
        if (roll < 86) return pick(RESEARCH);
        if (roll < 93) return pick(BUSINESS);
        return pick(HARDWARE);
    }

    private String pick(List<String> codes) {
        return codes.get(random.nextInt(codes.size()));
    }

    private FactSource source() {
        int roll = random.nextInt(10);
        return roll < 6 ? FactSource.IMPORTED : roll < 8 ? FactSource.VERIFIED : FactSource.DECLARED;
    }

    private List<String> certifications(long staff) {
        List<String> held = new ArrayList<>();
        if (random.nextInt(100) < (staff >= 20 ? 35 : 10)) held.add("HIGH_TECH");
        if (random.nextInt(100) < (staff >= 20 ? 15 : 3)) held.add("SPECIALISED_SME");
        if (random.nextInt(100) < 30) held.add("CAC_FILING");
        if (random.nextInt(100) < 25) held.add("TECH_SME");
        return held;
    }

    private String segment() {
        int total = 0;
        for (int w : SEGMENT_WEIGHTS) total += w;
        int roll = random.nextInt(total);
        for (int i = 0; i < SEGMENTS.length; i++) {
            roll -= SEGMENT_WEIGHTS[i];
            if (roll < 0) return SEGMENTS[i];
        }
        return SEGMENTS[SEGMENTS.length - 1];
    }

    private String name() {
        String name;
        do {
            name = PREFIXES[random.nextInt(PREFIXES.length)]
                    + PREFIXES[random.nextInt(PREFIXES.length)]
                    + MIDDLES[random.nextInt(MIDDLES.length)]
                    + SUFFIXES[random.nextInt(SUFFIXES.length)];
        } while (!names.add(name));
        return name;
    }

    private String organisationBody() {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var body = new StringBuilder("MA");
        for (int i = 0; i < 6; i++) {
            body.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return body.toString();
    }

    private static BigDecimal money(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
