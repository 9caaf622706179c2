package org.mingyuan.platform.fulfillment.material.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary.Download;
import org.mingyuan.platform.fulfillment.material.MaterialType;
import org.mingyuan.platform.fulfillment.material.MaterialTypes;
import org.mingyuan.platform.registry.RegistryTime;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** What the API and the pages share: materials with their types' labels, and a material's download. */
@Component
class MaterialViews {

    private final MaterialTypes types;

    MaterialViews(MaterialTypes types) {
        this.types = types;
    }

    /** The materials as shown today, in their order. */
    List<MaterialView> of(List<Material> materials) {
        Map<String, MaterialType> byCode =
                types.all().stream().collect(Collectors.toMap(MaterialType::code, Function.identity()));
        return materials.stream()
                .map(m -> MaterialView.of(m, byCode.get(m.typeCode()), RegistryTime.today()))
                .toList();
    }

    /** One material as shown today. */
    MaterialView of(Material material) {
        return of(List.of(material)).get(0);
    }

    /**
     * The material's bytes as an attachment under its cleaned name, with the type detected from its content, never
     * sniffed by the browser, never run as a page (a sandbox policy), and never cached by anyone else.
     */
    static ResponseEntity<StreamingResponseBody> download(Download download) {
        Material material = download.material();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(material.contentType()))
                .contentLength(material.size())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(material.fileName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(out -> download.content().writeTo(out));
    }
}
