package org.mingyuan.rules.synth;

import java.time.LocalDate;

/** The benchmark's workloads: a registry shape and the clause generator drawn over it. */
public enum Workload {

    /** Field-shaped clauses from a dozen templates with a few thresholds each, so most tests are shared. */
    TEMPLATES(RegistryShape.TEMPLATES) {
        @Override
        public ClauseGenerator clauses(long seed, LocalDate today) {
            return new SyntheticClauses(seed, today);
        }
    },

    /** Varied conjunctive clauses with thresholds from continuous ranges, so few tests are shared. */
    DIVERSE(RegistryShape.DIVERSE) {
        @Override
        public ClauseGenerator clauses(long seed, LocalDate today) {
            return new DiverseClauses(shape(), seed, today);
        }
    };

    private final RegistryShape shape;

    Workload(RegistryShape shape) {
        this.shape = shape;
    }

    /** Returns the shape of the registry the clauses are drawn over. */
    public RegistryShape shape() {
        return shape;
    }

    /** Returns the clause generator for {@code seed}. */
    public abstract ClauseGenerator clauses(long seed, LocalDate today);
}
