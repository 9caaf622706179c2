package org.mingyuan.platform.fulfillment.material;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/** The formats a material may have, each with its media type and the file-name extensions it goes by. */
public enum MaterialFormat {
    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final MediaType type;
    private final List<String> extensions;

    MaterialFormat(String type, String... extensions) {
        this.type = MediaType.parse(type);
        this.extensions = List.of(extensions);
    }

    /** The media type, e.g. {@code application/pdf}. */
    public String mediaType() {
        return type.toString();
    }

    /** True when {@code fileName} ends in one of this format's extensions, in any case. */
    boolean named(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension));
    }

    /** The extension a file of this format is given when its name has none of its own. */
    String extension() {
        return extensions.get(0);
    }

    /** The format {@code detected} is, or a specialisation of, in {@code registry}; empty for any other type. */
    static Optional<MaterialFormat> of(MediaType detected, MediaTypeRegistry registry) {
        MediaType base = registry.normalize(detected.getBaseType());
        return Arrays.stream(values())
                .filter(format -> format.type.equals(base) || registry.isSpecializationOf(base, format.type))
                .findFirst();
    }

    /** Every format's media type, for messages: {@code application/pdf, image/jpeg, image/png}. */
    static String expected() {
        return String.join(
                ", ", Arrays.stream(values()).map(MaterialFormat::mediaType).toList());
    }
}
