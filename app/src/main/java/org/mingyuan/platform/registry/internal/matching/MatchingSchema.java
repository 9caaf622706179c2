package org.mingyuan.platform.registry.internal.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactValueType;
import org.mingyuan.platform.registry.MatchingFact;
import org.mingyuan.platform.registry.MatchingFact.CodeLabel;
import org.mingyuan.platform.registry.MatchingFact.Type;
import org.mingyuan.platform.registry.ReferenceCodes;
import org.mingyuan.platform.registry.SizeClass;
import org.mingyuan.platform.registry.internal.Certifications;
import org.mingyuan.platform.registry.internal.ChainSegments;
import org.mingyuan.platform.registry.internal.FactKindStore;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The facts clauses may read, derived from the registry: its fact kinds (labels and unit as the kind has them), the
 * profile's fields and the derived facts (labels and unit from the {@code matching.*} messages) and, for codes, every
 * code with its labels as the registry's tables name it.
 */
@Component
public class MatchingSchema {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;
    private static final List<String> TIERS = List.of("UPSTREAM", "MIDSTREAM", "DOWNSTREAM", "PERIPHERY");

    /** The names of the facts that do not come from fact kinds: the profile's fields and the derived facts. */
    public static final Set<String> PROFILE_KEYS = Set.of(
            "park",
            "division",
            "city",
            "province",
            "chainSegment",
            "chainTier",
            "industry",
            "sizeClass",
            "foundedOn",
            "ageYears",
            "registeredCapital",
            "certifications",
            "rdIntensity",
            "revenueGrowth",
            "blockchainRevenueShare",
            "settledOn",
            "leasedArea",
            "rentPaid12m");

    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final ChainSegments segments;
    private final Certifications certifications;
    private final ReferenceCodes codes;
    private final FactKindStore kinds;

    MatchingSchema(
            MessageSource messages,
            JdbcClient jdbc,
            ChainSegments segments,
            Certifications certifications,
            ReferenceCodes codes,
            FactKindStore kinds) {
        this.kinds = kinds;
        this.messages = messages;
        this.jdbc = jdbc;
        this.segments = segments;
        this.certifications = certifications;
        this.codes = codes;
    }

    /** Every fact clauses may read, fact kinds first, then the profile's fields, then the derived facts. */
    public List<MatchingFact> facts() {
        List<MatchingFact> facts = new ArrayList<>();
        for (FactKind kind : kinds.all()) {
            facts.add(new MatchingFact(
                    kind.clauseKey(),
                    type(kind.type()),
                    kind.labelZh(),
                    kind.labelEn(),
                    kind.unitZh(),
                    kind.unitEn(),
                    kind.key(),
                    List.of()));
        }
        facts.add(coded("park", Type.CODE, parks()));
        List<ReferenceCodes.Code> divisions = codes.divisions();
        facts.add(coded("division", Type.CODE, labels(divisions, 6)));
        facts.add(coded("city", Type.CODE, labels(divisions, 4)));
        facts.add(coded("province", Type.CODE, labels(divisions, 2)));
        facts.add(coded(
                "chainSegment",
                Type.CODE,
                segments.all().stream()
                        .map(s -> new CodeLabel(s.code(), s.nameZh(), s.nameEn()))
                        .toList()));
        facts.add(coded("chainTier", Type.CODE, labelled("tier.", TIERS)));
        facts.add(coded(
                "industry",
                Type.CODE,
                codes.industries().stream()
                        .map(c -> new CodeLabel(c.code(), c.nameZh(), c.name(EN)))
                        .toList()));
        facts.add(coded(
                "sizeClass",
                Type.CODE,
                labelled(
                        "sizeClass.",
                        Arrays.stream(SizeClass.values()).map(Enum::name).toList())));
        facts.add(plain("foundedOn", Type.DATE));
        facts.add(plain("ageYears", Type.INTEGER));
        facts.add(plain("registeredCapital", Type.DECIMAL));
        facts.add(coded(
                "certifications",
                Type.CODE_SET,
                certifications.types().stream()
                        .map(t -> new CodeLabel(t.code(), t.nameZh(), t.nameEn()))
                        .toList()));
        facts.add(plain("rdIntensity", Type.DECIMAL));
        facts.add(plain("revenueGrowth", Type.DECIMAL));
        facts.add(plain("blockchainRevenueShare", Type.DECIMAL));
        facts.add(plain("settledOn", Type.DATE));
        facts.add(plain("leasedArea", Type.DECIMAL));
        facts.add(plain("rentPaid12m", Type.DECIMAL));
        return List.copyOf(facts);
    }

    private static Type type(FactValueType type) {
        return switch (type) {
            case NUMBER -> Type.DECIMAL;
            case INTEGER -> Type.INTEGER;
            case YES_NO -> Type.YES_NO;
            case DATE -> Type.DATE;
            case TEXT -> Type.TEXT;
        };
    }

    private MatchingFact plain(String key, Type type) {
        return new MatchingFact(
                key, type, label(key, ZH), label(key, EN), unit(key, ZH), unit(key, EN), null, List.of());
    }

    private MatchingFact coded(String key, Type type, List<CodeLabel> values) {
        return new MatchingFact(key, type, label(key, ZH), label(key, EN), null, null, null, values);
    }

    private String label(String key, Locale locale) {
        return messages.getMessage("matching." + key, null, locale);
    }

    private @Nullable String unit(String key, Locale locale) {
        return messages.getMessage("matching." + key + ".unit", null, null, locale);
    }

    private List<CodeLabel> labelled(String prefix, List<String> codes) {
        return codes.stream()
                .map(code -> new CodeLabel(
                        code,
                        messages.getMessage(prefix + code, null, ZH),
                        messages.getMessage(prefix + code, null, EN)))
                .toList();
    }

    private List<CodeLabel> parks() {
        return jdbc.sql("select code, name_zh, name_en from park order by code")
                .query((rs, row) -> new CodeLabel(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /**
     * The divisions' codes cut to {@code digits}, each with the name of the division that code stands for: a
     * province ({@code 31}) named by {@code 310000}, a city ({@code 3101}) by {@code 310100}, and every division,
     * whatever its level, by its own six digits.
     */
    private static List<CodeLabel> labels(List<ReferenceCodes.Code> divisions, int digits) {
        Map<String, CodeLabel> cut = new TreeMap<>();
        for (ReferenceCodes.Code division : divisions) {
            String code = division.code();
            boolean names = switch (digits) {
                case 2 -> code.endsWith("0000");
                case 4 -> code.endsWith("00") && !code.endsWith("0000");
                default -> true;
            };
            if (names) {
                String prefix = code.substring(0, digits);
                cut.put(prefix, new CodeLabel(prefix, division.nameZh(), division.name(EN)));
            }
        }
        return List.copyOf(cut.values());
    }
}
