package org.mingyuan.ledger.witness;

/** The closed set of answers to an add-checkpoint request, each with its tlog-witness HTTP status. */
public sealed interface WitnessOutcome {

    /** Returns the HTTP status code the spec assigns. */
    int status();

    /** Returns the response body text. */
    String body();

    /** 200: the checkpoint is consistent; the body is the cosignature lines. */
    record Cosigned(String signatureLines) implements WitnessOutcome {
        @Override
        public int status() {
            return 200;
        }

        @Override
        public String body() {
            return signatureLines;
        }
    }

    /** 400: the request is malformed or the old size is above the checkpoint size. */
    record BadRequest(String reason) implements WitnessOutcome {
        @Override
        public int status() {
            return 400;
        }

        @Override
        public String body() {
            return reason + "\n";
        }
    }

    /** 403: no signature from a key trusted for the origin verifies. */
    record NotSigned(String reason) implements WitnessOutcome {
        @Override
        public int status() {
            return 403;
        }

        @Override
        public String body() {
            return reason + "\n";
        }
    }

    /** 404: the witness does not know the checkpoint's origin. */
    record UnknownOrigin(String origin) implements WitnessOutcome {
        @Override
        public int status() {
            return 404;
        }

        @Override
        public String body() {
            return "unknown log origin " + origin + "\n";
        }
    }

    /**
     * 409: the old size is not the latest cosigned size, or the sizes match and the roots do not; the body is the
     * latest cosigned size with content type {@value #CONTENT_TYPE}.
     */
    record Conflict(long latestSize) implements WitnessOutcome {
        /** The content type of the body. */
        public static final String CONTENT_TYPE = "text/x.tlog.size";

        @Override
        public int status() {
            return 409;
        }

        @Override
        public String body() {
            return latestSize + "\n";
        }
    }

    /** 422: the consistency proof does not verify. */
    record ProofRejected(String reason) implements WitnessOutcome {
        @Override
        public int status() {
            return 422;
        }

        @Override
        public String body() {
            return reason + "\n";
        }
    }
}
