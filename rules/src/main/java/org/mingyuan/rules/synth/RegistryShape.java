package org.mingyuan.rules.synth;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The places and chain segments a synthetic registry is drawn over. Each enterprise draws one
 * district; the first {@code parks().size()} districts each hold the park of the same index, the
 * enterprises of the others are in no park.
 *
 * @param parks the park codes
 * @param districts the district of each draw: the parks' districts in park order, then districts without a park
 * @param segments the chain segments
 */
public record RegistryShape(List<String> parks, List<String> districts, List<String> segments) {

    /** The field-shaped registry of the template workload: 12 parks, 16 districts, 4 segments. */
    public static final RegistryShape TEMPLATES =
            new RegistryShape(DemoSchema.PARKS, DemoSchema.DISTRICTS, DemoSchema.SEGMENTS);

    /** The wider registry of the diverse workload: 44 parks, 200 districts, 16 segments (generated codes). */
    public static final RegistryShape DIVERSE =
            new RegistryShape(codes("PARK_", 44), codes("DISTRICT_", 200), codes("SEGMENT_", 16));

    /** Returns the distinct districts, in order. */
    public List<String> distinctDistricts() {
        return districts.stream().distinct().toList();
    }

    private static List<String> codes(String prefix, int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(i -> prefix + String.format("%03d", i))
                .toList();
    }
}
