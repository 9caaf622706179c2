package org.mingyuan.platform.registry.web;

import java.util.List;
import java.util.stream.Collectors;
import org.mingyuan.platform.registry.CertificationType;
import org.mingyuan.platform.registry.ChainSegment;
import org.mingyuan.platform.registry.ChainTaxonomy;
import org.mingyuan.platform.registry.EnterpriseCertifications;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactKinds;
import org.mingyuan.platform.registry.Park;
import org.mingyuan.platform.registry.ParkCatalog;
import org.mingyuan.platform.registry.ReferenceCodes;
import org.mingyuan.platform.registry.SizeClass;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Puts the parks, chain segments, certification types and reference codes (industries, divisions) that
 * the enterprise pages name into a model.
 */
@Component
class RegistryLabels {

    private final ParkCatalog parks;
    private final ChainTaxonomy taxonomy;
    private final EnterpriseCertifications certifications;
    private final ReferenceCodes codes;
    private final FactKinds factKinds;

    RegistryLabels(
            ParkCatalog parks,
            ChainTaxonomy taxonomy,
            EnterpriseCertifications certifications,
            ReferenceCodes codes,
            FactKinds factKinds) {
        this.factKinds = factKinds;
        this.parks = parks;
        this.taxonomy = taxonomy;
        this.certifications = certifications;
        this.codes = codes;
    }

    /** Adds them as lists (for choices) and by key (for labels). */
    void addTo(Model model) {
        List<Park> allParks = parks.all();
        List<ChainSegment> segments = taxonomy.all();
        List<CertificationType> types = certifications.types();
        model.addAttribute("parks", allParks);
        model.addAttribute("parksById", allParks.stream().collect(Collectors.toMap(p -> p.id().value(), p -> p)));
        model.addAttribute("segments", segments);
        model.addAttribute("segmentsByCode", segments.stream().collect(Collectors.toMap(ChainSegment::code, s -> s)));
        model.addAttribute("certificationTypes", types);
        model.addAttribute("typesByCode", types.stream().collect(Collectors.toMap(CertificationType::code, t -> t)));
        model.addAttribute("sizeClasses", SizeClass.values());
        model.addAttribute("codes", codes);
        model.addAttribute("kindsByKey", factKinds.all().stream().collect(Collectors.toMap(FactKind::key, k -> k)));
    }
}
