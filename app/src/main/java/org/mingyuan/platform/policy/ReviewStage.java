package org.mingyuan.platform.policy;

/**
 * One stage an application for a clause goes through, with the working days it may take; fulfilment follows them.
 *
 * @param workingDays the longest the stage may take, in working days, 1 to 365
 */
public record ReviewStage(String nameZh, String nameEn, int workingDays) {}
