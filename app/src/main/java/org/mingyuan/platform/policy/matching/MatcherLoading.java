package org.mingyuan.platform.policy.matching;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * Thrown by every answer that needs the live matcher while it is still loading the registry: a 503 problem detail
 * saying so, with the enterprises loaded so far.
 */
public class MatcherLoading extends ErrorResponseException {

    /** The matcher has loaded {@code loaded} enterprises so far. */
    public MatcherLoading(long loaded) {
        super(HttpStatus.SERVICE_UNAVAILABLE, problem(), null, "matching.loading", new Object[] {loaded});
        getHeaders().set("Retry-After", "5");
    }

    @Override
    public String getTitleMessageCode() {
        return "matching.loading.title";
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.SERVICE_UNAVAILABLE);
        problem.setType(URI.create("about:blank"));
        return problem;
    }
}
