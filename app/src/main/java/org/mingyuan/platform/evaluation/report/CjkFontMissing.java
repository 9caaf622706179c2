package org.mingyuan.platform.evaluation.report;

/** No font the PDF reports can set Chinese in: none configured or found, or the one named cannot be used. */
public final class CjkFontMissing extends RuntimeException {

    /** The setting that names the font, reported as the problem's field. */
    public static final String FIELD = "mingyuan.reports.cjk-font";

    /** A refusal saying why no font could be used. */
    CjkFontMissing(String reason) {
        super(reason);
    }

    /** Why no font could be used, in plain words naming what was looked at. */
    public String reason() {
        return getMessage();
    }
}
