package org.mingyuan.platform.policy;

import java.util.ArrayList;
import java.util.List;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.MatchingFact.CodeLabel;
import org.mingyuan.platform.registry.MatchingFact.Type;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.RegistryFacts;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * TEST FIXTURE, to be replaced by the registry's real {@link RegistryFacts} when the registry work of issue 10 is
 * merged: a {@code RegistryFacts} whose {@link RegistryFacts#schema()} gives the facts the contract names (keys, types,
 * labels and units as the registry work specifies them), with the parks, chain segments and certification types read
 * from the test database. Every other method still throws, as the contract on main does.
 */
@Configuration(proxyBeanMethods = false)
class FixtureRegistryFacts {

    @Bean
    @Primary
    RegistryFacts registryFactsFixture(ParkCatalog parks, JdbcClient jdbc) {
        return new RegistryFacts() {
            @Override
            public List<MatchingFact> schema() {
                return facts(parks, jdbc);
            }
        };
    }

    static List<MatchingFact> facts(ParkCatalog parks, JdbcClient jdbc) {
        List<MatchingFact> facts = new ArrayList<>();
        number(facts, "staff", Type.INTEGER, "从业人员", "staff", "人", "persons");
        number(facts, "rdStaff", Type.INTEGER, "研发人员", "R&D staff", "人", "persons");
        number(facts, "revenue", Type.DECIMAL, "营业收入", "revenue", "万元", "10k CNY");
        number(facts, "blockchainRevenue", Type.DECIMAL, "区块链业务收入", "blockchain revenue", "万元", "10k CNY");
        number(facts, "rdSpend", Type.DECIMAL, "研发投入", "R&D spending", "万元", "10k CNY");
        number(facts, "taxPaid", Type.DECIMAL, "纳税额", "taxes paid", "万元", "10k CNY");
        number(facts, "assets", Type.DECIMAL, "资产总额", "total assets", "万元", "10k CNY");
        number(facts, "patents", Type.INTEGER, "有效发明专利", "valid patents", "项", "items");
        number(facts, "ipItems", Type.INTEGER, "区块链知识产权", "blockchain IP items", "项", "items");
        facts.add(new MatchingFact(
                "park",
                Type.CODE,
                "所在园区",
                "park",
                null,
                null,
                null,
                parks.all().stream()
                        .map(p -> new CodeLabel(p.code(), p.nameZh(), p.nameEn()))
                        .toList()));
        facts.add(codes(
                "division",
                "注册地区划",
                "division",
                List.of("310110", "330110", "430121", "440112", "460000", "469023", "320507", "350102")));
        facts.add(codes("city", "所在城市", "city", List.of("3101", "3301", "4301", "4401", "4690", "3205", "3501")));
        facts.add(codes("province", "所在省份", "province", List.of("31", "33", "43", "44", "46", "32", "35")));
        facts.add(new MatchingFact(
                "chainSegment",
                Type.CODE,
                "产业链环节",
                "chain segment",
                null,
                null,
                null,
                jdbc.sql("select code, name_zh, name_en from chain_segment order by position")
                        .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list()));
        facts.add(new MatchingFact(
                "chainTier",
                Type.CODE,
                "产业链层级",
                "chain tier",
                null,
                null,
                null,
                List.of(
                        new CodeLabel("UPSTREAM", "上游", "upstream"),
                        new CodeLabel("MIDSTREAM", "中游", "midstream"),
                        new CodeLabel("DOWNSTREAM", "下游", "downstream"),
                        new CodeLabel("PERIPHERY", "周边", "periphery"))));
        facts.add(codes("industry", "行业代码", "industry", List.of("I6513", "I6520", "I6531", "M7320")));
        facts.add(new MatchingFact(
                "sizeClass",
                Type.CODE,
                "企业规模",
                "size class",
                null,
                null,
                null,
                List.of(
                        new CodeLabel("LARGE", "大型", "large"),
                        new CodeLabel("MEDIUM", "中型", "medium"),
                        new CodeLabel("SMALL", "小型", "small"),
                        new CodeLabel("MICRO", "微型", "micro"))));
        facts.add(plain("foundedOn", Type.DATE, "成立日期", "founding date"));
        number(facts, "ageYears", Type.INTEGER, "成立年限", "age", "年", "years");
        number(facts, "registeredCapital", Type.DECIMAL, "注册资本", "registered capital", "万元", "10k CNY");
        facts.add(new MatchingFact(
                "certifications",
                Type.CODE_SET,
                "资质认定",
                "certifications",
                null,
                null,
                null,
                jdbc.sql("select code, name_zh, name_en from certification_type order by code")
                        .query((rs, n) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                        .list()));
        number(facts, "rdIntensity", Type.DECIMAL, "研发投入强度", "R&D intensity", "%", "%");
        number(facts, "revenueGrowth", Type.DECIMAL, "营业收入增长率", "revenue growth", "%", "%");
        number(facts, "blockchainRevenueShare", Type.DECIMAL, "区块链业务收入占比", "blockchain revenue share", "%", "%");
        facts.add(plain("settledOn", Type.DATE, "入驻园区日期", "settled in the park on"));
        number(facts, "leasedArea", Type.DECIMAL, "在租面积", "leased area", "m²", "m²");
        number(facts, "rentPaid12m", Type.DECIMAL, "近12个月已付租金", "rent paid in the last 12 months", "元", "CNY");
        facts.add(plain("taxInDistrict", Type.YES_NO, "税收在本区缴纳", "pays its taxes in the district"));
        facts.add(plain("goodCredit", Type.YES_NO, "信用良好", "good credit"));
        facts.add(plain("noMoveCommitment", Type.YES_NO, "承诺三年不迁出", "committed not to leave for three years"));
        facts.add(plain("independentLegalPerson", Type.YES_NO, "独立法人", "independent legal person"));
        number(facts, "trainingRevenue", Type.DECIMAL, "培训收入", "training revenue", "万元", "10k CNY");
        return facts;
    }

    private static void number(
            List<MatchingFact> facts, String key, Type type, String zh, String en, String unitZh, String unitEn) {
        facts.add(new MatchingFact(key, type, zh, en, unitZh, unitEn, null, List.of()));
    }

    private static MatchingFact plain(String key, Type type, String zh, String en) {
        return new MatchingFact(key, type, zh, en, null, null, null, List.of());
    }

    private static MatchingFact codes(String key, String zh, String en, List<String> codes) {
        return new MatchingFact(
                key,
                Type.CODE,
                zh,
                en,
                null,
                null,
                null,
                codes.stream().map(c -> new CodeLabel(c, c, c)).toList());
    }
}
