package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.FactValue;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ReferenceCodes;
import org.mingyuan.platform.registry.Sourced;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The registry's lists as spreadsheets: enterprises, parks and one enterprise's fact history. */
@Component
public class RegistryExports {

    private static final XlsxExport<Park> PARKS = new XlsxExport<>(
            "parks",
            List.of(
                    new XlsxExport.Column<>("园区代码", "Code", Park::code),
                    new XlsxExport.Column<>("园区名称", "Name", Park::nameZh),
                    new XlsxExport.Column<>("英文名称", "English name", Park::nameEn),
                    new XlsxExport.Column<>("省份", "Province", Park::provinceZh),
                    new XlsxExport.Column<>("城市", "City", Park::cityZh),
                    new XlsxExport.Column<>("区县", "District", Park::districtZh),
                    new XlsxExport.Column<>("运营方", "Operator", p -> value(p.operatorZh())),
                    new XlsxExport.Column<>("运营方来源", "Operator provenance", p -> provenance(p.operatorZh())),
                    new XlsxExport.Column<>("建筑面积（m²）", "Floor area (m²)", p -> value(p.floorAreaM2())),
                    new XlsxExport.Column<>("面积来源", "Floor area provenance", p -> provenance(p.floorAreaM2())),
                    new XlsxExport.Column<>("政府主导", "Government-led", p -> value(p.governmentLed())),
                    new XlsxExport.Column<>("政府主导来源", "Government-led provenance", p -> provenance(p.governmentLed())),
                    new XlsxExport.Column<>("启用日期", "Launched on", Park::launchedOn),
                    new XlsxExport.Column<>("资料来源", "Sources", Park::source)));

    private final EnterpriseRegistry registry;
    private final ParkCatalog parks;
    private final ChainTaxonomy taxonomy;
    private final ReferenceCodes codes;
    private final MessageSource messages;
    private final FactKinds factKinds;

    RegistryExports(
            EnterpriseRegistry registry,
            ParkCatalog parks,
            ChainTaxonomy taxonomy,
            ReferenceCodes codes,
            MessageSource messages,
            FactKinds factKinds) {
        this.factKinds = factKinds;
        this.registry = registry;
        this.parks = parks;
        this.taxonomy = taxonomy;
        this.codes = codes;
        this.messages = messages;
    }

    /** One enterprise as an export row: its profile and its figures for its latest reported period. */
    record EnterpriseRow(Enterprise enterprise, @Nullable LocalDate periodEnd, Map<String, BigDecimal> figures) {

        static EnterpriseRow of(Enterprise enterprise, List<Fact> history) {
            LocalDate latest = history.stream()
                    .map(Fact::periodEnd)
                    .max(Comparator.naturalOrder())
                    .orElse(null);
            Map<String, BigDecimal> figures = new HashMap<>();
            history.stream()
                    .filter(f -> f.periodEnd().equals(latest) && f.number() != null)
                    .sorted(Comparator.comparing(Fact::recordedAt))
                    .forEach(f -> figures.put(f.name(), f.number()));
            return new EnterpriseRow(enterprise, latest, figures);
        }
    }

    /**
     * Every enterprise the caller may see that matches the query's filters (paging is ignored), in the
     * enterprise template's columns, labels and codes, so the file can be edited and imported back; then
     * read-only columns that name the codes.
     */
    public void enterprises(Caller caller, EnterpriseQuery query, OutputStream out) throws IOException {
        Map<Long, Park> parksById = parks.all().stream().collect(Collectors.toMap(p -> p.id().value(), p -> p));
        Map<String, ChainSegment> segments =
                taxonomy.all().stream().collect(Collectors.toMap(ChainSegment::code, s -> s));
        List<XlsxExport.Column<EnterpriseRow>> columns = new ArrayList<>();
        for (ImportColumn column : ImportKind.ENTERPRISES.columns()) {
            columns.add(column(column, row -> templateValue(column.key(), row, parksById)));
        }
        for (ImportColumn column : ImportKind.ENTERPRISES.readOnlyColumns()) {
            columns.add(column(column, row -> readOnlyValue(column.key(), row.enterprise(), parksById, segments)));
        }
        var sheet = new XlsxExport<>("enterprises", columns);
        sheet.write(
                () -> registry.all(caller, query).stream()
                        .map(e -> EnterpriseRow.of(
                                e, registry.history(caller, e.creditCode().value())))
                        .iterator(),
                out);
    }

    private static <T> XlsxExport.Column<T> column(ImportColumn column, Function<T, @Nullable Object> value) {
        return new XlsxExport.Column<>(column.zh(), column.key(), value);
    }

    private static @Nullable Object templateValue(String key, EnterpriseRow row, Map<Long, Park> parksById) {
        Enterprise e = row.enterprise();
        return switch (key) {
            case "creditCode" -> e.creditCode().value();
            case "name" -> e.name();
            case "address" -> e.address();
            case "divisionCode" -> e.divisionCode();
            case "industryCode" -> e.industryCode();
            case "foundedOn" -> e.foundedOn();
            case "registeredCapital" -> e.registeredCapital();
            case "parkCode" ->
                e.parkId() == null ? null : parksById.get(e.parkId()).code();
            case "chainSegment" -> e.chainSegment();
            case "periodEnd" -> row.periodEnd();
            default -> row.figures().get(key);
        };
    }

    private @Nullable Object readOnlyValue(
            String key, Enterprise e, Map<Long, Park> parksById, Map<String, ChainSegment> segments) {
        return switch (key) {
            case "industryName" -> codes.industry(e.industryCode(), Locale.SIMPLIFIED_CHINESE);
            case "divisionName" -> codes.division(e.divisionCode(), Locale.SIMPLIFIED_CHINESE);
            case "parkName" ->
                e.parkId() == null ? null : parksById.get(e.parkId()).nameZh();
            case "segmentName" ->
                e.chainSegment() == null || !segments.containsKey(e.chainSegment())
                        ? null
                        : segments.get(e.chainSegment()).nameZh();
            case "sizeClass" ->
                e.sizeClass() == null
                        ? null
                        : messages.getMessage("sizeClass." + e.sizeClass().name(), null, Locale.SIMPLIFIED_CHINESE);
            default -> throw new IllegalArgumentException("no read-only column " + key);
        };
    }

    /** Every park, with the provenance of its figures. */
    public void parks(OutputStream out) throws IOException {
        PARKS.write(parks.all(), out);
    }

    /**
     * Every fact statement about one enterprise the caller may see, oldest period first, in the fact
     * template's columns (so the file can be imported back), then how each was recorded.
     */
    public void facts(Caller caller, String creditCode, OutputStream out) throws IOException {
        Map<String, FactKind> kinds = factKinds.all().stream().collect(Collectors.toMap(FactKind::key, k -> k));
        List<XlsxExport.Column<Fact>> columns = new ArrayList<>();
        for (ImportColumn column : ImportKind.FACTS.columns()) {
            columns.add(column(column, fact -> switch (column.key()) {
                case "creditCode" -> creditCode;
                case "factName" -> fact.name();
                case "value" ->
                    fact.value() instanceof FactValue.YesNo yesNo
                            ? yesNo.text(Locale.SIMPLIFIED_CHINESE)
                            : fact.value().plain();
                case "periodStart" -> fact.periodStart();
                case "periodEnd" -> fact.periodEnd();
                case "sourceNote" -> fact.sourceNote();
                default -> throw new IllegalArgumentException("no fact column " + column.key());
            }));
        }
        for (ImportColumn column : ImportKind.FACTS.readOnlyColumns()) {
            columns.add(column(column, fact -> switch (column.key()) {
                case "factLabel" -> {
                    FactKind kind = kinds.get(fact.name());
                    yield kind == null ? fact.name() : labelled(kind);
                }
                case "source" ->
                    messages.getMessage(
                            "source." + fact.source().name(),
                            null,
                            fact.source().name(),
                            Locale.SIMPLIFIED_CHINESE);
                case "recordedAt" -> fact.recordedAt();
                case "recordedBy" -> fact.recordedBy();
                default -> throw new IllegalArgumentException("no read-only fact column " + column.key());
            }));
        }
        new XlsxExport<>("facts", columns).write(registry.history(caller, creditCode), out);
    }

    /** A kind's Chinese label with its unit: 营业收入（万元）. */
    private static String labelled(FactKind kind) {
        return kind.unitZh() == null ? kind.labelZh() : kind.labelZh() + "（" + kind.unitZh() + "）";
    }

    private static @Nullable Object value(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.value();
    }

    private static @Nullable Object provenance(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.provenance();
    }
}
