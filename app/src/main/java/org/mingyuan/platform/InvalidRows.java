package org.mingyuan.platform;

import java.util.List;

/**
 * Thrown when an uploaded file could be read but rows of it break rules; answered 422, each problem naming its row and
 * column (e.g. {@code rows[5].voucherNo}), like any invalid request. Nothing of the file is written.
 */
public class InvalidRows extends InvalidRequest {

    /** The problems of the file's rows; at least one. */
    public InvalidRows(List<FieldProblem> problems) {
        super(problems);
    }
}
