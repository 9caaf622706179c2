package org.mingyuan.platform.registry;

import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.registry.internal.Parks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds parks; the registry's public API for other modules and for the pages. */
@Service
@Transactional(readOnly = true)
public class ParkCatalog {

    private final Parks parks;

    ParkCatalog(Parks parks) {
        this.parks = parks;
    }

    /** Every park, ordered by province, city and name. */
    public List<Park> all() {
        return parks.all();
    }

    /**
     * The parks whose Chinese or English name, city, province or operator contains {@code query}
     * (case-insensitive); all parks for a blank query.
     */
    public List<Park> search(String query) {
        String needle = query.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return all();
        }
        return all().stream().filter(park -> matches(park, needle)).toList();
    }

    /** The park with this id. */
    public Park get(ParkId id) {
        return parks.byId(id).orElseThrow(() -> new NotFound("park", id.value()));
    }

    private static boolean matches(Park park, String needle) {
        return contains(park.nameZh(), needle)
                || contains(park.nameEn(), needle)
                || contains(park.cityZh(), needle)
                || contains(park.cityEn(), needle)
                || contains(park.provinceZh(), needle)
                || (park.operatorZh() != null && contains(park.operatorZh().value(), needle))
                || contains(park.operatorEn(), needle);
    }

    private static boolean contains(@org.jspecify.annotations.Nullable String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
