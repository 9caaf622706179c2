package org.mingyuan.platform.registry.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.XlsxExport;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.registry.Enterprise;
import org.mingyuan.platform.registry.EnterpriseQuery;
import org.mingyuan.platform.registry.EnterpriseRegistry;
import org.mingyuan.platform.registry.Fact;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.Sourced;
import org.springframework.stereotype.Component;

/** The registry's lists as spreadsheets: enterprises, parks and one enterprise's fact history. */
@Component
public class RegistryExports {

    private static final XlsxExport<Enterprise> ENTERPRISES = new XlsxExport<>(
            "enterprises",
            List.of(
                    new XlsxExport.Column<>(
                            "统一社会信用代码", "Credit code", e -> e.creditCode().value()),
                    new XlsxExport.Column<>("企业名称", "Name", Enterprise::name),
                    new XlsxExport.Column<>("注册地址", "Address", Enterprise::address),
                    new XlsxExport.Column<>("行政区划代码", "Division code", Enterprise::divisionCode),
                    new XlsxExport.Column<>("行业代码", "Industry code", Enterprise::industryCode),
                    new XlsxExport.Column<>("成立日期", "Founded on", Enterprise::foundedOn),
                    new XlsxExport.Column<>("注册资本（万元）", "Registered capital (10k CNY)", Enterprise::registeredCapital),
                    new XlsxExport.Column<>("园区 ID", "Park id", Enterprise::parkId),
                    new XlsxExport.Column<>("产业链环节", "Chain segment", Enterprise::chainSegment),
                    new XlsxExport.Column<>("企业规模（推导）", "Size class (derived)", Enterprise::sizeClass)));

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

    private static final XlsxExport<Fact> FACTS = new XlsxExport<>(
            "facts",
            List.of(
                    new XlsxExport.Column<>("事实名称", "Fact", Fact::name),
                    new XlsxExport.Column<>("数值", "Value", Fact::value),
                    new XlsxExport.Column<>("期间开始日期", "Period start", Fact::periodStart),
                    new XlsxExport.Column<>("期间截止日期", "Period end", Fact::periodEnd),
                    new XlsxExport.Column<>("来源", "Source", Fact::source),
                    new XlsxExport.Column<>("来源说明", "Source note", Fact::sourceNote),
                    new XlsxExport.Column<>("记录时间", "Recorded at", Fact::recordedAt),
                    new XlsxExport.Column<>("记录人", "Recorded by", Fact::recordedBy)));

    private final EnterpriseRegistry registry;
    private final ParkCatalog parks;

    RegistryExports(EnterpriseRegistry registry, ParkCatalog parks) {
        this.registry = registry;
        this.parks = parks;
    }

    /** Every enterprise the caller may see that matches the query's filters (paging is ignored). */
    public void enterprises(Caller caller, EnterpriseQuery query, OutputStream out) throws IOException {
        ENTERPRISES.write(registry.all(caller, query), out);
    }

    /** Every park, with the provenance of its figures. */
    public void parks(OutputStream out) throws IOException {
        PARKS.write(parks.all(), out);
    }

    /** Every fact statement about one enterprise the caller may see, oldest period first. */
    public void facts(Caller caller, String creditCode, OutputStream out) throws IOException {
        FACTS.write(registry.history(caller, creditCode), out);
    }

    private static @Nullable Object value(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.value();
    }

    private static @Nullable Object provenance(@Nullable Sourced<?> sourced) {
        return sourced == null ? null : sourced.provenance();
    }
}
