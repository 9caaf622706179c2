package org.mingyuan.platform.identity.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Thrown at start-up outside demo mode when no usable administrator password was given. */
class AdministratorPasswordMissing extends RuntimeException {

    AdministratorPasswordMissing(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** Turns the failure into a short start-up report instead of a stack trace. */
    static final class Analyzer extends AbstractFailureAnalyzer<AdministratorPasswordMissing> {

        @Override
        protected FailureAnalysis analyze(Throwable root, AdministratorPasswordMissing cause) {
            return new FailureAnalysis(
                    cause.getMessage(),
                    "Start once with MINGYUAN_ADMIN_PASSWORD set to a strong password (it is read, hashed and never"
                            + " logged), or set MINGYUAN_DEMO=true to run the demo.",
                    cause);
        }
    }
}
