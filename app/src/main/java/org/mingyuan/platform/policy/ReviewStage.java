package org.mingyuan.platform.policy;

/**
 * One stage an application for a clause goes through, with who acts on it and the working days it may take; fulfilment
 * follows them in order.
 *
 * @param workingDays the longest the stage may take, in working days, 1 to 365
 * @param role who acts on it; {@link StageRole#DEPARTMENT} when not given
 */
public record ReviewStage(String nameZh, String nameEn, int workingDays, StageRole role) {

    /** A stage stored before stages had roles is the issuing department's. */
    public ReviewStage {
        role = role == null ? StageRole.DEPARTMENT : role;
    }

    /** A stage of the issuing department's reviewers. */
    public ReviewStage(String nameZh, String nameEn, int workingDays) {
        this(nameZh, nameEn, workingDays, StageRole.DEPARTMENT);
    }
}
