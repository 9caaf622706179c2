package org.mingyuan.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.util.WebUtils;

/**
 * Takes an uploaded file out of a request. Multipart bodies are parsed lazily (see application.yml), so a broken one
 * is parsed, and refused naming the part, here; an upload over the server's limit is left to the handlers that answer
 * it with 413.
 */
public final class MultipartUploads {

    private MultipartUploads() {}

    /**
     * The non-empty file in part {@code part} of {@code request}, which must be {@code multipart/form-data}.
     *
     * @throws InvalidRequest naming {@code part} when the request is not multipart or its body is broken, when it has
     *     no such part, or the file is empty
     */
    public static MultipartFile required(HttpServletRequest request, String part) {
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        if (multipart == null) {
            String type = request.getContentType() == null ? "—" : request.getContentType();
            throw new InvalidRequest(
                    part, "upload.notMultipart", part, type.length() > 60 ? type.substring(0, 60) : type);
        }
        MultipartFile file;
        try {
            file = multipart.getFile(part);
        } catch (MaxUploadSizeExceededException tooLarge) {
            throw tooLarge;
        } catch (MultipartException broken) {
            throw new InvalidRequest(part, "upload.brokenMultipart", part);
        }
        if (file == null) {
            throw new InvalidRequest(part, "upload.missingFile", part);
        }
        if (file.isEmpty()) {
            throw new InvalidRequest(part, "upload.empty");
        }
        return file;
    }
}
