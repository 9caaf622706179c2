package org.mingyuan.platform;

/** Thrown when a requested thing does not exist, or the caller may not know that it does. */
public class NotFound extends RuntimeException {

    private final String kind;
    private final String id;

    /** Nothing of {@code kind} (e.g. {@code park}) with this id. */
    public NotFound(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What was looked for, e.g. {@code park}. */
    public String kind() {
        return kind;
    }

    /** The id that was looked for, as given. */
    public String id() {
        return id;
    }
}
