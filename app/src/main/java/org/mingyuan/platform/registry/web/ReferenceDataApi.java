package org.mingyuan.platform.registry.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.mingyuan.platform.registry.CertificationType;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The registry's editable reference data: the industry-chain taxonomy and the certification types. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "产业链分类与认证类型 Chain segments and certification types")
class ReferenceDataApi {

    private final ChainTaxonomy taxonomy;
    private final EnterpriseCertifications certifications;

    ReferenceDataApi(ChainTaxonomy taxonomy, EnterpriseCertifications certifications) {
        this.taxonomy = taxonomy;
        this.certifications = certifications;
    }

    @GetMapping("/chain-segments")
    @Operation(summary = "The industry-chain segments, upstream first")
    List<ChainSegment> segments() {
        return taxonomy.all();
    }

    @PutMapping("/chain-segments/{code}")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER')")
    @Operation(summary = "Add a segment or change its labels, tier and position")
    ChainSegment saveSegment(@PathVariable String code, @RequestBody ChainSegment segment) {
        return taxonomy.save(
                new ChainSegment(code, segment.tier(), segment.nameZh(), segment.nameEn(), segment.position()));
    }

    @GetMapping("/certification-types")
    @Operation(summary = "The kinds of certification an enterprise can hold")
    List<CertificationType> certificationTypes() {
        return certifications.types();
    }

    @PostMapping("/certification-types")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Add a kind of certification")
    CertificationType addCertificationType(@RequestBody CertificationType type) {
        return certifications.addType(type);
    }
}
