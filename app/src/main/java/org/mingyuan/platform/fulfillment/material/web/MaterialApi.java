package org.mingyuan.platform.fulfillment.material.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.mingyuan.platform.MultipartUploads;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.fulfillment.material.MaterialType;
import org.mingyuan.platform.fulfillment.material.MaterialTypes;
import org.mingyuan.platform.fulfillment.material.MaterialUpload;
import org.mingyuan.platform.identity.Caller;
import org.mingyuan.platform.identity.Callers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * An enterprise's material library as JSON: whoever may see the enterprise reads it; its own users upload and mark
 * materials superseded. Any other caller is refused as the registry refuses it.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Materials", description = "企业材料库 Enterprise material library")
class MaterialApi {

    private final MaterialLibrary library;
    private final MaterialTypes types;
    private final MaterialViews views;
    private final Callers callers;

    MaterialApi(MaterialLibrary library, MaterialTypes types, MaterialViews views, Callers callers) {
        this.library = library;
        this.types = types;
        this.views = views;
        this.callers = callers;
    }

    @GetMapping("/material-types")
    @Operation(summary = "The material types: code, labels, and whether a material of the type needs validity dates")
    List<MaterialType> types() {
        return types.all();
    }

    @GetMapping("/enterprises/{creditCode}/materials")
    @Operation(summary = "The enterprise's materials, superseded ones too, newest first")
    List<MaterialView> list(Principal principal, @PathVariable String creditCode) {
        return views.of(library.list(callers.of(principal), creditCode));
    }

    @PostMapping("/enterprises/{creditCode}/materials")
    @Operation(
            summary = "Add a PDF, JPEG or PNG to the enterprise's library (its own users); answers 201",
            description = "A multipart/form-data body with the part `file` and the fields `type`, `validFrom`,"
                    + " `validUntil`. The file's format is judged by its content, never by its name or declared type;"
                    + " an empty file, another format or one over the size limit (413) is refused naming `file`.",
            requestBody =
                    @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                                            schema = @Schema(implementation = MaterialUploadForm.class))))
    ResponseEntity<MaterialView> upload(
            Principal principal, @PathVariable String creditCode, HttpServletRequest request) {
        Caller caller = callers.of(principal);
        MultipartFile file = MultipartUploads.required(request, "file");
        Material material = library.upload(
                caller,
                creditCode,
                new MaterialUpload(
                        request.getParameter("type"),
                        request.getParameter("validFrom"),
                        request.getParameter("validUntil"),
                        file.getOriginalFilename(),
                        file));
        return ResponseEntity.created(URI.create("/api/v1/enterprises/"
                        + creditCode.strip().toUpperCase(Locale.ROOT) + "/materials/" + material.id()))
                .body(views.of(material));
    }

    @GetMapping("/enterprises/{creditCode}/materials/{id}")
    @Operation(summary = "One of the enterprise's materials: type, name, detected type, size, SHA-256, validity")
    MaterialView material(Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        return views.of(library.get(callers.of(principal), creditCode, id));
    }

    @GetMapping("/enterprises/{creditCode}/materials/{id}/content")
    @Operation(summary = "The material's file, as an attachment with the type detected from its content")
    ResponseEntity<StreamingResponseBody> content(
            Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        return MaterialViews.download(library.download(callers.of(principal), creditCode, id));
    }

    @PostMapping("/enterprises/{creditCode}/materials/{id}/supersede")
    @Operation(summary = "Mark the material replaced, so applications no longer reuse it (the enterprise's own users)")
    MaterialView supersede(Principal principal, @PathVariable String creditCode, @PathVariable long id) {
        return views.of(library.supersede(callers.of(principal), creditCode, id));
    }
}
