package org.mingyuan.platform.registry;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Names for the codes the registry stores, read from the reference tables under {@code reference/}:
 * industry codes (GB/T 4754-2017, e.g. {@code I6513} is 应用软件开发) and administrative divisions
 * (GB/T 2260, e.g. {@code 310110} is 上海市杨浦区). A code is shown as its name with the code after it,
 * "应用软件开发 (I6513)"; a class missing from the table is named by its group, division or section.
 */
@Component
public class ReferenceCodes {

    /** A code and its names in Chinese and English. */
    public record Code(String code, String nameZh, String nameEn) {

        /** The name in {@code locale}'s language, Chinese when there is no English one. */
        public String name(Locale locale) {
            return "en".equals(locale.getLanguage()) && !nameEn.isEmpty() ? nameEn : nameZh;
        }
    }

    private final Map<String, Code> industries = read("reference/gbt4754-2017.csv");
    private final Map<String, Code> divisions = read("reference/gbt2260.csv");

    /** Every industry code in the table, sections first, for a picker. */
    public List<Code> industries() {
        return List.copyOf(industries.values());
    }

    /** Every administrative division in the table (provinces, cities and districts, six digits each), in code order. */
    public List<Code> divisions() {
        return divisions.values().stream()
                .sorted(java.util.Comparator.comparing(Code::code))
                .toList();
    }

    /** "应用软件开发 (I6513)", or the code alone when neither it nor any of its parents is known. */
    public String industry(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        for (int length = code.length(); length >= 1; length--) {
            Code known = industries.get(code.substring(0, length));
            if (known != null) {
                return labelled(known.name(locale), code);
            }
        }
        return code;
    }

    /** "上海市杨浦区 (310110)", or the code alone when it is not in the table. */
    public String division(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        Code known = divisions.get(code);
        return known == null ? code : labelled(known.name(locale), code);
    }

    private static String labelled(String name, String code) {
        return name + " (" + code + ")";
    }

    private static Map<String, Code> read(String path) {
        var format = CSVFormat.RFC4180
                .builder()
                .setCommentMarker('#')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (var reader = new InputStreamReader(new ClassPathResource(path).getInputStream(), StandardCharsets.UTF_8)) {
            Map<String, Code> codes = new LinkedHashMap<>();
            for (CSVRecord row : format.parse(reader)) {
                codes.put(row.get("code"), new Code(row.get("code"), row.get("name_zh"), row.get("name_en")));
            }
            return codes;
        } catch (IOException e) {
            throw new UncheckedIOException("reference table " + path + " cannot be read", e);
        }
    }
}
