package org.mingyuan.platform.policy.push;

import org.mingyuan.platform.registry.EnterpriseId;

/**
 * A message to an enterprise about one step of one of its cases (an application for a clause): what happened, in both
 * languages, linked to the case's page.
 *
 * @param creditCode the enterprise's credit code, for the links of its e-mail
 * @param clauseId the clause the case is under, with its version, policy and titles
 * @param stepId the step; an enterprise is told once per step
 * @param detailZh what happened, in Simplified Chinese, e.g. {@code 园区初审已通过，进入“部门审核”（2026-06-12 前办结）}
 * @param detailEn the same in English
 */
public record CaseNotice(
        EnterpriseId enterprise,
        String creditCode,
        String clauseId,
        int clauseVersion,
        long policyId,
        String titleZh,
        String titleEn,
        long caseId,
        long stepId,
        String detailZh,
        String detailEn) {}
