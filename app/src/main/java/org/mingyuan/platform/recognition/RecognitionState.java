package org.mingyuan.platform.recognition;

/** Where an application for recognition stands. */
public enum RecognitionState {
    /** Filed and meeting every criterion as declared; the district's first review is due. */
    DISTRICT_REVIEW,
    /** The district passed it; the expert panel gives opinions, then the official confirms the majority. */
    PANEL_REVIEW,
    /** Recognised: the enterprise holds the scheme's certification until its last day. */
    RECOGNISED,
    /** Refused: a criterion failed, the district or the panel's majority refused. */
    REFUSED,
    /** Recognised, then revoked: the certification ended on the revocation day. */
    REVOKED;

    /** True while the application is under review. */
    public boolean open() {
        return this == DISTRICT_REVIEW || this == PANEL_REVIEW;
    }
}
