package org.mingyuan.platform.registry.imports;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.mingyuan.platform.registry.CreditCode;
import org.mingyuan.platform.registry.FactKeys;

/** What an import file holds; each kind has fixed, documented columns. */
public enum ImportKind {
    /** Enterprises with their profile and, optionally, their figures for one period. */
    ENTERPRISES(
            Stream.concat(
                            Stream.of(
                                    Columns.CREDIT_CODE,
                                    new ImportColumn("name", "企业名称", true, "上海示例链科技有限公司"),
                                    new ImportColumn("address", "注册地址", false, "上海市杨浦区国定路 335 号"),
                                    new ImportColumn("divisionCode", "行政区划代码", false, "310110"),
                                    new ImportColumn("industryCode", "行业代码", true, "I6513"),
                                    new ImportColumn("foundedOn", "成立日期", true, "2020-05-01"),
                                    new ImportColumn("registeredCapital", "注册资本（万元）", false, "500"),
                                    Columns.PARK_CODE,
                                    new ImportColumn("chainSegment", "产业链环节代码", false, "baas"),
                                    new ImportColumn("periodEnd", "数据截止日期", false, "2024-12-31")),
                            Columns.FIGURES.stream().map(Columns::fact))
                    .toList(),
            List.of(
                    Columns.note("industryName", "行业名称"),
                    Columns.note("divisionName", "行政区划名称"),
                    Columns.note("parkName", "园区名称"),
                    Columns.note("segmentName", "产业链环节名称"),
                    Columns.note("sizeClass", "企业规模（推导）"))),
    /** Dated fact statements about enterprises already in the registry. */
    FACTS(
            List.of(
                    Columns.CREDIT_CODE,
                    new ImportColumn("factName", "事实名称", true, "REVENUE"),
                    new ImportColumn("value", "数值", true, "1200"),
                    new ImportColumn("periodStart", "期间开始日期", false, "2024-01-01"),
                    new ImportColumn("periodEnd", "期间截止日期", true, "2024-12-31"),
                    new ImportColumn("sourceNote", "来源说明", false, "2024 年度统计报表")),
            List.of(
                    Columns.note("factLabel", "事实说明"),
                    Columns.note("source", "来源"),
                    Columns.note("recordedAt", "记录时间"),
                    Columns.note("recordedBy", "记录人"))),
    /** Leases of park units by enterprises already in the registry. */
    LEASES(
            List.of(
                    Columns.CREDIT_CODE,
                    Columns.PARK_CODE,
                    new ImportColumn("building", "楼宇", true, "C7"),
                    new ImportColumn("unit", "单元", true, "3F"),
                    new ImportColumn("areaM2", "租赁面积（m²）", true, "200"),
                    new ImportColumn("startOn", "起租日期", true, "2025-01-01"),
                    new ImportColumn("endOn", "止租日期（不含）", true, "2028-01-01"),
                    new ImportColumn("monthlyRent", "月租金（元）", false, "24000")),
            List.of());

    private final List<ImportColumn> columns;
    private final List<ImportColumn> readOnlyColumns;

    ImportKind(List<ImportColumn> columns, List<ImportColumn> readOnlyColumns) {
        this.columns = columns;
        this.readOnlyColumns = readOnlyColumns;
    }

    /**
     * Columns an export adds after the template's columns so that people can read it (names for
     * codes, how a figure was recorded); an import accepts and ignores them, so an export can be
     * edited and imported back.
     */
    public List<ImportColumn> readOnlyColumns() {
        return readOnlyColumns;
    }

    /** The columns in template order. */
    public List<ImportColumn> columns() {
        return columns;
    }

    /** The index of the column with this key; throws when there is none. */
    public int index(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException(this + " has no column " + key);
    }

    /** The kind's name in URLs, e.g. {@code enterprises}. */
    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The keys of the fact kinds the enterprises file has a column for, in column order. */
    static final List<String> FIGURES = Columns.FIGURES;

    /** The kind named {@code path} in a URL. */
    public static Optional<ImportKind> ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path().equals(path)).findFirst();
    }

    private static final class Columns {
        static final ImportColumn CREDIT_CODE = new ImportColumn(
                "creditCode",
                "统一社会信用代码",
                true,
                CreditCode.of("91", "310110", "MA1G8E6C").value());
        static final ImportColumn PARK_CODE = new ImportColumn("parkCode", "园区代码", false, "shanghai-blockchain-base");

        /** A read-only column of exports. */
        static ImportColumn note(String key, String zh) {
            return new ImportColumn(key, zh, false, "");
        }

        /** The figures of the enterprises file: the numeric kinds the registry started with, a column each. */
        static final List<String> FIGURES = List.of(
                FactKeys.STAFF,
                FactKeys.RD_STAFF,
                FactKeys.REVENUE,
                FactKeys.BLOCKCHAIN_REVENUE,
                FactKeys.RD_SPEND,
                FactKeys.TAX_PAID,
                FactKeys.ASSETS,
                FactKeys.PATENTS,
                FactKeys.IP_ITEMS);

        /** A fact column of the enterprises file, labelled with the fact's name and unit. */
        static ImportColumn fact(String name) {
            String[] labelAndExample = switch (name) {
                case FactKeys.STAFF -> new String[] {"从业人员（人）", "80"};
                case FactKeys.RD_STAFF -> new String[] {"研发人员（人）", "30"};
                case FactKeys.REVENUE -> new String[] {"营业收入（万元）", "1200"};
                case FactKeys.BLOCKCHAIN_REVENUE -> new String[] {"区块链业务收入（万元）", "900"};
                case FactKeys.RD_SPEND -> new String[] {"研发投入（万元）", "150"};
                case FactKeys.TAX_PAID -> new String[] {"纳税额（万元）", "60"};
                case FactKeys.ASSETS -> new String[] {"资产总额（万元）", "3000"};
                case FactKeys.PATENTS -> new String[] {"有效发明专利（件）", "4"};
                case FactKeys.IP_ITEMS -> new String[] {"区块链相关知识产权（件）", "12"};
                default -> throw new IllegalArgumentException("no figure column " + name);
            };
            return new ImportColumn(name, labelAndExample[0], false, labelAndExample[1]);
        }
    }
}
