package org.mingyuan.platform.evaluation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.NotFound;
import org.mingyuan.platform.evaluation.ChainMap;
import org.mingyuan.platform.evaluation.chain.ChainMapView;
import org.mingyuan.platform.identity.Callers;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The industry-chain map (产业链图谱) as JSON, for officials and park operators. */
@RestController
@Tag(name = "Chain map", description = "产业链图谱 Enterprises per park and chain segment, gaps and candidate parks")
class ChainMapApi {

    private final ChainMap chainMap;
    private final Callers callers;
    private final MessageSource messages;

    ChainMapApi(ChainMap chainMap, Callers callers, MessageSource messages) {
        this.chainMap = chainMap;
        this.callers = callers;
        this.messages = messages;
    }

    @GetMapping("/api/v1/evaluation/chain")
    @PreAuthorize("hasAnyRole('ADMIN', 'POLICY_OFFICER', 'REVIEWER', 'FINANCE', 'SUPERVISOR', 'PARK_OPERATOR')")
    @Operation(
            summary =
                    "Enterprises per park and chain segment, each park's gaps with up to three parks strongest in each"
                            + " gap, and totals across parks; with park, that park only, and its enterprises' names per"
                            + " segment (up to 50 each) for officials and its own operators")
    ChainMapView chain(
            Principal principal,
            @Parameter(description = "park id; all parks when left out") @RequestParam(required = false) @Nullable
                    String park) {
        return chainMap.of(callers.of(principal), ChainMapFilter.park(park));
    }

    /** An unknown park, answered as the API answers every missing thing, naming the {@code park} parameter. */
    @ExceptionHandler(NotFound.class)
    ProblemDetail unknownPark(NotFound missing, Locale locale) {
        String reason = messages.getMessage(
                "problem.notFound",
                new Object[] {messages.getMessage("kind." + missing.kind(), null, missing.kind(), locale), missing.id()
                },
                locale);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, reason);
        problem.setTitle(messages.getMessage("problem.notFound.title", null, locale));
        problem.setProperty("errors", List.of(Map.of("field", "park", "reason", reason)));
        return problem;
    }
}
