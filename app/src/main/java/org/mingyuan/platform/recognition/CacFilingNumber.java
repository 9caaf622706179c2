package org.mingyuan.platform.recognition;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mingyuan.platform.InvalidRequest.FieldProblem;

/**
 * Checks a CAC blockchain information service filing number (区块链信息服务备案编号) leniently, as numbers are seen on
 * real sites: a province abbreviation, 网信备, 20 digits, 号 ({@code 浙网信备33010821275605010021号}); the first six digits
 * look like an administrative division code, whose province must agree with the abbreviation. Spaces around it are
 * ignored; nothing else is.
 */
final class CacFilingNumber {

    private static final Pattern FORM = Pattern.compile("(\\p{IsHan}{1,3}?)网信备(\\d{20})号");

    /** Province abbreviations (简称, with the common alternatives) to the first two digits of their division codes. */
    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("京", "11"),
            Map.entry("津", "12"),
            Map.entry("冀", "13"),
            Map.entry("晋", "14"),
            Map.entry("蒙", "15"),
            Map.entry("内蒙古", "15"),
            Map.entry("辽", "21"),
            Map.entry("吉", "22"),
            Map.entry("黑", "23"),
            Map.entry("沪", "31"),
            Map.entry("苏", "32"),
            Map.entry("浙", "33"),
            Map.entry("皖", "34"),
            Map.entry("闽", "35"),
            Map.entry("赣", "36"),
            Map.entry("鲁", "37"),
            Map.entry("豫", "41"),
            Map.entry("鄂", "42"),
            Map.entry("湘", "43"),
            Map.entry("粤", "44"),
            Map.entry("桂", "45"),
            Map.entry("琼", "46"),
            Map.entry("渝", "50"),
            Map.entry("川", "51"),
            Map.entry("蜀", "51"),
            Map.entry("贵", "52"),
            Map.entry("黔", "52"),
            Map.entry("云", "53"),
            Map.entry("滇", "53"),
            Map.entry("藏", "54"),
            Map.entry("陕", "61"),
            Map.entry("秦", "61"),
            Map.entry("甘", "62"),
            Map.entry("陇", "62"),
            Map.entry("青", "63"),
            Map.entry("宁", "64"),
            Map.entry("新", "65"));

    private CacFilingNumber() {}

    /** The number as stored: without the spaces around it. */
    static String clean(String number) {
        return number.strip();
    }

    /** What is wrong with {@code number} in {@code field}; empty when it looks like a filing number. */
    static Optional<FieldProblem> problem(String field, String number) {
        String cleaned = clean(number);
        Matcher matcher = FORM.matcher(cleaned);
        if (cleaned.length() > 40 || !matcher.matches()) {
            return Optional.of(new FieldProblem(field, "recognition.cac.format", List.of(cleaned)));
        }
        String province = PROVINCES.get(matcher.group(1));
        if (province == null) {
            return Optional.of(new FieldProblem(field, "recognition.cac.province", List.of(matcher.group(1))));
        }
        if (!matcher.group(2).startsWith(province)) {
            return Optional.of(new FieldProblem(
                    field,
                    "recognition.cac.division",
                    List.of(matcher.group(1), matcher.group(2).substring(0, 6))));
        }
        return Optional.empty();
    }
}
