package org.mingyuan.ledger.verifier;

import java.io.IOException;

/** Fetches resources of a log below its base URL; {@link JdkHttpFetcher} over HTTP, tests in memory. */
@FunctionalInterface
public interface HttpFetcher {

    /**
     * Returns the body at a path below the log's base, such as {@code checkpoint} or {@code tile/0/000}.
     *
     * @throws IOException if it cannot be fetched, including any status other than 200
     */
    byte[] get(String path) throws IOException;
}
