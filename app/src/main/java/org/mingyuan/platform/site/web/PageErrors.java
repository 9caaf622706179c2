package org.mingyuan.platform.site.web;

import java.util.Locale;
import org.mingyuan.platform.Conflict;
import org.mingyuan.platform.InvalidRequest;
import org.mingyuan.platform.NotFound;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Shows pages' missing things, malformed addresses and refused requests on the error page with the right status. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFound missing) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView malformedAddress() {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(InvalidRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ModelAndView invalid(InvalidRequest invalid, Locale locale) {
        var page = errorPage(HttpStatus.BAD_REQUEST);
        page.addObject(
                "problems",
                invalid.problems().stream()
                        .map(p -> messages.getMessage(p.code(), p.args().toArray(), p.code(), locale))
                        .toList());
        return page;
    }

    @ExceptionHandler(Conflict.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ModelAndView conflict(Conflict conflict, Locale locale) {
        var page = errorPage(HttpStatus.CONFLICT);
        page.addObject(
                "problems",
                java.util.List.of(
                        messages.getMessage(conflict.code(), conflict.args().toArray(), conflict.code(), locale)));
        return page;
    }

    private static ModelAndView errorPage(HttpStatus status) {
        var page = new ModelAndView("error");
        page.addObject("status", status.value());
        page.setStatus(status);
        return page;
    }
}
