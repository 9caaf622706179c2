package org.mingyuan.platform.ledger.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an upload to the receipt page that is larger than the server takes with the page saying so (413).
 *
 * <p>Such a request fails while the body is read, before any handler is chosen, so only advice that applies to every
 * handler sees it; uploads elsewhere are left to the other handlers. The page's form carries its CSRF token in the
 * address as well, so the security check passes without reading the body it could not read.
 */
@ControllerAdvice
class OversizedReceipts {

    private final ReceiptCheckPage page;

    OversizedReceipts(ReceiptCheckPage page) {
        this.page = page;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request)
            throws MaxUploadSizeExceededException {
        if (!request.getRequestURI().equals(request.getContextPath() + "/ledger/verify")) {
            throw tooLarge;
        }
        return page.tooLarge();
    }
}
