package org.mingyuan.platform.fulfillment.material;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.stereotype.Component;

/**
 * The rules an upload's fields other than its file follow: a known type; dates exactly {@code yyyy-MM-dd} from
 * 1949-10-01 to {@link #LATEST}, the first not after the last; for a type with validity, both dates.
 */
@Component
class MaterialRules {

    /** The latest validity date accepted: far beyond any certificate's term, short of a typing slip's. */
    static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private final MaterialTypes types;

    MaterialRules(MaterialTypes types) {
        this.types = types;
    }

    /**
     * The fields read.
     *
     * @param type the type, when known
     * @param problems every problem found, in form order; a new list the caller may add to
     */
    record Fields(
            Optional<MaterialType> type,
            @Nullable LocalDate validFrom,
            @Nullable LocalDate validUntil,
            List<FieldProblem> problems) {}

    /** Reads and checks the upload's type and dates. */
    Fields read(MaterialUpload upload) {
        List<FieldProblem> problems = new ArrayList<>();
        Optional<MaterialType> type = type(upload.typeCode(), problems);
        LocalDate from = day("validFrom", upload.validFrom(), problems);
        LocalDate until = day("validUntil", upload.validUntil(), problems);
        if (type.isPresent() && type.get().hasValidity()) {
            required("validFrom", upload.validFrom(), type.get(), problems);
            required("validUntil", upload.validUntil(), type.get(), problems);
        }
        if (from != null && until != null && from.isAfter(until)) {
            problems.add(new FieldProblem("validUntil", "material.validityOrder", List.of(until, from)));
        }
        return new Fields(type, from, until, problems);
    }

    private Optional<MaterialType> type(@Nullable String code, List<FieldProblem> problems) {
        if (code == null || code.isBlank()) {
            problems.add(new FieldProblem("type", "material.typeRequired", List.of()));
            return Optional.empty();
        }
        Optional<MaterialType> type = code.length() > 40 ? Optional.empty() : types.find(code.strip());
        if (type.isEmpty()) {
            problems.add(new FieldProblem("type", "material.unknownType", List.of(clipped(code))));
        }
        return type;
    }

    private static @Nullable LocalDate day(String field, @Nullable String text, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate day;
        try {
            day = LocalDate.parse(text.strip(), DAY);
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "form.date", List.of(clipped(text))));
            return null;
        }
        if (day.isBefore(RegistryTime.EARLIEST) || day.isAfter(LATEST)) {
            problems.add(new FieldProblem(field, "registry.dateRange", List.of(day, RegistryTime.EARLIEST, LATEST)));
            return null;
        }
        return day;
    }

    private static void required(String field, @Nullable String text, MaterialType type, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, "material.validityRequired", List.of(type.labelZh(), type.labelEn())));
        }
    }

    private static String clipped(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
