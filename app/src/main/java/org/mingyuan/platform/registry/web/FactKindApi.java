package org.mingyuan.platform.registry.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.mingyuan.platform.identity.Callers;
import org.mingyuan.platform.registry.FactKind;
import org.mingyuan.platform.registry.FactKindDraft;
import org.mingyuan.platform.registry.FactKinds;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kinds of fact the registry keeps, as JSON: anyone may read them (the public policy calculator reads the facts
 * clauses use; a kind holds nothing about any enterprise), administrators add them.
 */
@RestController
@RequestMapping("/api/v1/fact-kinds")
@Tag(name = "Fact kinds", description = "企业数据项 The kinds of fact the registry keeps")
class FactKindApi {

    private final FactKinds kinds;
    private final Callers callers;

    FactKindApi(FactKinds kinds, Callers callers) {
        this.kinds = kinds;
        this.callers = callers;
    }

    /** A kind as the API shows it: the kind with the name clauses read it by. */
    record KindView(@JsonUnwrapped FactKind kind, String clauseKey) {

        static KindView of(FactKind kind) {
            return new KindView(kind, kind.clauseKey());
        }
    }

    @GetMapping
    @Operation(summary = "Every fact kind, built-in ones first; open to anyone")
    List<KindView> all() {
        return kinds.all().stream().map(KindView::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(
            summary = "Add a fact kind (administrators)",
            description = "The key is 2 to 40 upper-case letters or digits joined by single underscores; labels are"
                    + " required (at most 60 characters, no control or invisible characters); the type is NUMBER,"
                    + " INTEGER, YES_NO, DATE or TEXT. A refusal is a problem+json naming each bad field.")
    KindView add(Principal principal, @RequestBody FactKindDraft draft) {
        return KindView.of(kinds.add(callers.of(principal), draft));
    }
}
