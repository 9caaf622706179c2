package org.mingyuan.platform.registry.imports;

import java.util.List;

/** Thrown when a file as a whole cannot be imported (wrong type, wrong header, too big, not UTF-8). */
class ImportRefusal extends RuntimeException {

    private final String code;
    private final List<Object> args;

    ImportRefusal(String code, Object... args) {
        super(code);
        this.code = code;
        this.args = List.of(args);
    }

    /** Message code of the reason. */
    String code() {
        return code;
    }

    /** Arguments of the message. */
    List<Object> args() {
        return args;
    }
}
