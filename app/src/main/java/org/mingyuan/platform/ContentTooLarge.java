package org.mingyuan.platform;

/** Thrown when an uploaded file is larger than its limit; answered 413, naming the field, like any invalid request. */
public class ContentTooLarge extends InvalidRequest {

    /** The file in {@code field} is larger than allowed; {@code code} and {@code args} say by how much. */
    public ContentTooLarge(String field, String code, Object... args) {
        super(field, code, args);
    }
}
