package org.mingyuan.platform.fulfillment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.InvalidRequest.FieldProblem;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.fulfillment.ApplicationDraft.MaterialChoice;
import org.mingyuan.platform.fulfillment.internal.Cases;
import org.mingyuan.platform.fulfillment.material.Material;
import org.mingyuan.platform.fulfillment.material.MaterialLibrary;
import org.mingyuan.platform.fulfillment.material.MaterialTypes;
import org.mingyuan.platform.identity.Caller;
import org.springframework.stereotype.Component;

/**
 * The materials a case's clause requires and what the enterprise hands in for each, from its material library: a
 * material named by id must be in the enterprise's library, usable today (not superseded, within its validity) and of
 * the type the requirement names; a requirement with none named takes the library's current material of its type, so
 * a material handed in once and still valid is not asked for again.
 */
@Component
class HandedIn {

    private final MaterialLibrary library;
    private final MaterialTypes types;

    HandedIn(MaterialLibrary library, MaterialTypes types) {
        this.library = library;
        this.types = types;
    }

    /** The library's material usable on {@code day} for the requirement {@code required}, if it holds one. */
    Optional<Material> current(long enterpriseId, String required, LocalDate day) {
        return types.codeFor(required).flatMap(code -> library.current(enterpriseId, code, day));
    }

    /**
     * Checks the materials named: each answers a requirement in {@code required} with a material of the enterprise's
     * library usable on {@code day} and of the requirement's type; problems name {@code materials[i]}.
     */
    void check(
            Caller caller,
            String creditCode,
            @Nullable List<MaterialChoice> materials,
            Collection<String> required,
            LocalDate day,
            List<FieldProblem> problems) {
        if (materials == null) {
            return;
        }
        for (int i = 0; i < materials.size(); i++) {
            MaterialChoice choice = materials.get(i);
            String field = "materials[" + i + "]";
            String name =
                    choice == null || choice.name() == null ? "" : choice.name().strip();
            if (!required.contains(name)) {
                problems.add(new FieldProblem(field, "fulfillment.material.unknown", List.of(name)));
                continue;
            }
            Long id = choice.materialId();
            if (id == null) {
                continue;
            }
            Material material;
            try {
                material = library.get(caller, creditCode, id);
            } catch (NotFound notInLibrary) {
                problems.add(new FieldProblem(field, "fulfillment.material.notInLibrary", List.of(id)));
                continue;
            }
            if (!material.usableOn(day)) {
                problems.add(new FieldProblem(field, "fulfillment.material.notUsable", List.of(id, day.toString())));
                continue;
            }
            Optional<String> type = types.codeFor(name);
            if (type.isPresent() && !type.get().equals(material.typeCode())) {
                problems.add(new FieldProblem(
                        field, "fulfillment.material.wrongType", List.of(id, material.typeCode(), name)));
            }
        }
    }

    /**
     * Each required material with the id handed in for it: the one named, else the library's current material of its
     * type (only when {@code reuse}), else none.
     */
    List<Cases.Material> resolve(
            long enterpriseId,
            List<String> required,
            @Nullable List<MaterialChoice> given,
            LocalDate day,
            boolean reuse) {
        List<Cases.Material> materials = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            String name = required.get(i);
            Long id = named(name, given);
            if (id == null && reuse) {
                id = current(enterpriseId, name, day).map(Material::id).orElse(null);
            }
            materials.add(new Cases.Material(i, name, id));
        }
        return materials;
    }

    private static @Nullable Long named(String name, @Nullable List<MaterialChoice> given) {
        if (given == null) {
            return null;
        }
        return given.stream()
                .filter(choice -> choice != null
                        && choice.name() != null
                        && choice.name().strip().equals(name))
                .map(MaterialChoice::materialId)
                .filter(id -> id != null)
                .findFirst()
                .orElse(null);
    }
}
