package org.mingyuan.platform.site.web;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.ContentTooLarge;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.InvalidRows;
import org.mingyuan.platform.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Answers every API error as an RFC 9457 problem detail that names the field and the reason, in
 * the caller's language; never a stack trace.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    /** One field's problem in the {@code errors} member of a problem detail. */
    record FieldError(String field, String reason) {}

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest invalid) {
        List<FieldError> errors = invalid.problems().stream()
                .map(p -> new FieldError(p.field(), text(p.code(), p.args().toArray())))
                .toList();
        return withErrors(errors);
    }

    @ExceptionHandler(ContentTooLarge.class)
    ProblemDetail tooLarge(ContentTooLarge tooLarge) {
        ProblemDetail problem = invalid(tooLarge);
        problem.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return problem;
    }

    @ExceptionHandler(InvalidRows.class)
    ProblemDetail invalidRows(InvalidRows rows) {
        ProblemDetail problem = invalid(rows);
        problem.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return problem;
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict conflict) {
        String reason = text(conflict.code(), conflict.args().toArray());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, conflict.field() + ": " + reason);
        problem.setTitle(text("problem.conflict.title"));
        problem.setProperties(Map.of("errors", List.of(new FieldError(conflict.field(), reason))));
        return problem;
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.NOT_FOUND, text("problem.notFound", text("kind." + missing.kind()), missing.id()));
        problem.setTitle(text("problem.notFound.title"));
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException mismatch) {
        String expected = mismatch.getRequiredType() == null
                ? "?"
                : mismatch.getRequiredType().getSimpleName();
        return withErrors(List.of(new FieldError(
                mismatch.getName(), text("problem.typeMismatch", quoted(mismatch.getValue()), expected))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException violation) {
        return withErrors(violation.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList());
    }

    @ExceptionHandler({AccessDeniedException.class, AuthenticationException.class})
    void rethrowSecurity(RuntimeException security) {
        throw security;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception failure) {
        String incident = UUID.randomUUID().toString();
        log.error("Unexpected failure, incident {}", incident, failure);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, text("problem.unexpected", incident));
        problem.setProperty("incident", incident);
        return problem;
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), messages.getMessage(e, locale())))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(e -> new FieldError(
                                result.getMethodParameter().getParameterName(), messages.getMessage(e, locale()))))
                .toList();
        return ResponseEntity.badRequest().body(withErrors(errors));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(withErrors(List.of(new FieldError(
                        missing.getParameterName(), text("problem.missingParameter", missing.getParameterName())))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMissingServletRequestPart(
            MissingServletRequestPartException missing,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(withErrors(List.of(new FieldError(
                        missing.getRequestPartName(), text("problem.missingPart", missing.getRequestPartName())))));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(
            HttpMediaTypeNotAcceptableException unacceptable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        ProblemDetail problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_ACCEPTABLE, text("problem.notAcceptable"));
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        for (Throwable cause = unreadable; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimit.BodyTooLarge) {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.PAYLOAD_TOO_LARGE, text("problem.bodyTooLarge", BodyLimit.MAX_BYTES));
                return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(problem);
            }
        }
        return ResponseEntity.badRequest().body(withErrors(List.of(unreadableBody(unreadable.getCause()))));
    }

    private FieldError unreadableBody(@Nullable Throwable cause) {
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return new FieldError(path(unknown), text("problem.unknownProperty", unknown.getPropertyName()));
        }
        if (cause instanceof InvalidFormatException format) {
            return new FieldError(
                    path(format),
                    text(
                            "problem.typeMismatch",
                            quoted(format.getValue()),
                            format.getTargetType().getSimpleName()));
        }
        if (cause instanceof MismatchedInputException mismatched
                && !mismatched.getPath().isEmpty()) {
            return new FieldError(
                    path(mismatched),
                    text(
                            "problem.wrongShape",
                            mismatched.getTargetType() == null
                                    ? "?"
                                    : mismatched.getTargetType().getSimpleName()));
        }
        if (cause instanceof JsonProcessingException malformed) {
            JsonLocation at = malformed.getLocation();
            String where = at == null ? "?" : at.getLineNr() + ":" + at.getColumnNr();
            return new FieldError("body", text("problem.malformedJson", where));
        }
        return new FieldError("body", text("problem.unreadableBody"));
    }

    private ProblemDetail withErrors(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                errors.stream().map(e -> e.field() + ": " + e.reason()).collect(Collectors.joining("; ")));
        problem.setTitle(text("problem.invalid.title"));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private static String path(JsonMappingException mapping) {
        return mapping.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /** At most a short prefix of a value the caller sent; a decimal is never expanded in full. */
    private static String quoted(@Nullable Object value) {
        String text = value instanceof java.math.BigDecimal decimal ? decimal.toString() : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, code, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
