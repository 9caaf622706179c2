package org.mingyuan.rules.synth;

import java.util.List;
import org.mingyuan.rules.schema.FactSchema;
import org.mingyuan.rules.schema.Unit;

/**
 * The fact schema of the synthetic registry, shaped like the facts real blockchain support
 * clauses test. Park and district codes stand for real places; all figures generated against
 * it are illustrative, not official.
 */
public final class DemoSchema {

    /** Parks named in the field census (codes; see the reference notes). */
    public static final List<String> PARKS = List.of(
            "LOUDI",
            "TONGJI_CHAIN_SPACE",
            "HANGZHOU_FUTURE_CENTRE",
            "YUNNAN_CENTRE",
            "HAINAN_ECO_SOFTWARE",
            "SHIBEI_ECO_VALLEY",
            "YANGPU_BASE",
            "CHANGSHA_XINGSHA",
            "HANGZHOU_XIXI",
            "SUZHOU_XIANGCHENG",
            "GUANGZHOU_HUANGPU",
            "FUZHOU_SOFTWARE_PARK");

    /** The district of each park, in the order of {@link #PARKS}, followed by districts without a park. */
    public static final List<String> DISTRICTS = List.of(
            "LOUDI",
            "SHANGHAI_YANGPU",
            "HANGZHOU_YUHANG",
            "KUNMING",
            "CHENGMAI",
            "SHANGHAI_JINGAN",
            "SHANGHAI_YANGPU",
            "CHANGSHA_COUNTY",
            "HANGZHOU_XIHU",
            "SUZHOU_XIANGCHENG",
            "GUANGZHOU_HUANGPU",
            "FUZHOU_GULOU",
            "SHENZHEN_LONGHUA",
            "WUHAN_EAST_LAKE",
            "BEIJING_HAIDIAN",
            "CHENGDU_HIGH_TECH");

    /** The four chain segments. */
    public static final List<String> SEGMENTS = List.of("infra", "platform", "application", "periphery");

    /** Sub-segments, grouped by segment in the order of {@link #SEGMENTS}. */
    public static final List<List<String>> SUB_SEGMENTS = List.of(
            List.of("chips", "hardware", "cloud", "storage", "cryptography"),
            List.of("base_chain", "baas", "cross_chain", "security_audit", "privacy_computing"),
            List.of(
                    "finance",
                    "supply_chain",
                    "government",
                    "traceability",
                    "evidence",
                    "copyright",
                    "energy",
                    "health"),
            List.of("media", "consulting", "investment", "training", "community"));

    /** Certifications and recognitions held as a set. */
    public static final List<String> CERTIFICATIONS = List.of(
            "CAC_FILING",
            "HIGH_TECH",
            "SPECIALIZED_SME",
            "KEY_LAB_NATIONAL",
            "KEY_LAB_PROVINCIAL",
            "KEY_LAB_MUNICIPAL",
            "LEADING_TALENT",
            "EXCELLENT_TEAM",
            "ISO27001",
            "STANDARD_DRAFTER",
            "INCUBATEE",
            "VIRTUAL_CURRENCY");

    /** SME size classes. */
    public static final List<String> SIZE_CLASSES = List.of("large", "medium", "small", "micro");

    private DemoSchema() {}

    /** Returns the schema of the template workload's registry. */
    public static FactSchema schema() {
        return schema(RegistryShape.TEMPLATES);
    }

    /** Returns the schema with the parks, districts and chain segments of {@code shape}. */
    public static FactSchema schema(RegistryShape shape) {
        Unit tenThousandYuan = Unit.of("万元", "10k CNY");
        Unit percent = Unit.of("%", "%");
        Unit items = Unit.of("件", "items");
        return FactSchema.builder()
                .text("name", "企业名称", "name")
                .enumeration("park", "所在园区", "park", shape.parks())
                .enumeration("district", "注册地", "district of registration", shape.distinctDistricts())
                .enumeration("chainSegment", "产业链环节", "chain segment", shape.segments())
                .enumeration(
                        "subSegment",
                        "细分领域",
                        "sub-segment",
                        SUB_SEGMENTS.stream().flatMap(List::stream).toList())
                .enumeration("sizeClass", "企业规模", "size class", SIZE_CLASSES)
                .enumeration("listing", "上市情况", "listing", List.of("none", "neeq", "ipo"))
                .decimal("revenue", "营业收入", "revenue", tenThousandYuan)
                .decimal("revenueGrowth", "营业收入增长率", "revenue growth", percent)
                .decimal("blockchainRevenueShare", "区块链业务收入占比", "blockchain share of revenue", percent)
                .decimal("rdSpend", "研发投入", "R&D spending", tenThousandYuan)
                .decimal("rent", "年租金", "yearly rent", tenThousandYuan)
                .decimal("officeArea", "自用办公面积", "own office area", Unit.of("平方米", "m²"))
                .integer("staff", "员工人数", "staff", Unit.of("人", "people"))
                .integer("ipCount", "区块链相关知识产权", "blockchain IP items", items)
                .integer("grantedPatents", "已授权发明专利", "granted patents", items)
                .date("founded", "成立日期", "founding date")
                .date("settledOn", "入驻日期", "date of settling in the park")
                .textSet("certifications", "资质认定", "certifications", 16)
                .bool("taxInDistrict", "税收在本区缴纳", "pays tax in the district")
                .bool("creditClean", "近三年无失信记录", "no dishonesty listing in 3 years")
                .build();
    }
}
