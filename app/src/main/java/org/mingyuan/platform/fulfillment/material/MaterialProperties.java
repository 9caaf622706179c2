package org.mingyuan.platform.fulfillment.material;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the material library, bound from {@code mingyuan.materials.*}.
 *
 * @param maxSize the largest file accepted; the server's multipart limit ({@code spring.servlet.multipart}, 50 MB)
 *     refuses larger requests before this is checked
 */
@ConfigurationProperties("mingyuan.materials")
public record MaterialProperties(@DefaultValue("10MB") DataSize maxSize) {

    public MaterialProperties {
        if (maxSize.toBytes() < 1 || maxSize.toBytes() >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException(
                    "mingyuan.materials.max-size must lie between 1 byte and 2 GB, got " + maxSize);
        }
    }
}
