package org.mingyuan.platform.incubation;

/** The stage (轮次) of a financing round. Labels are the message keys {@code incubation.stage.SEED} and so on. */
public enum FinancingStage {
    /** 种子轮. */
    SEED,
    /** 天使轮. */
    ANGEL,
    /** Pre-A 轮. */
    PRE_A,
    /** A 轮. */
    A,
    /** B 轮. */
    B,
    /** C 轮. */
    C,
    /** C 轮以后. */
    LATER,
    /** 战略投资. */
    STRATEGIC
}
