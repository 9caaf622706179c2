package org.mingyuan.platform.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers requests that reach no handler (unknown address, wrong method, wrong content type, an
 * upload over the size limit):
 * problem details under {@code /api}, the error page elsewhere.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnroutedRequests {

    private final MessageSource messages;

    UnroutedRequests(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({
        NoResourceFoundException.class,
        HttpRequestMethodNotSupportedException.class,
        HttpMediaTypeNotSupportedException.class,
        MaxUploadSizeExceededException.class
    })
    Object unrouted(Exception unrouted, HttpServletRequest request) {
        HttpStatusCode status = ((ErrorResponse) unrouted).getStatusCode();
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            String code = "problem.unrouted." + status.value();
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    status,
                    messages.getMessage(
                            code,
                            new Object[] {request.getMethod(), request.getRequestURI()},
                            code,
                            LocaleContextHolder.getLocale()));
            return ResponseEntity.status(status)
                    .headers(((ErrorResponse) unrouted).getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        var page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(HttpStatus.valueOf(status.value()));
        return page;
    }
}
