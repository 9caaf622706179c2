package org.mingyuan.platform.registry.imports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of bulk imports, bound from {@code mingyuan.imports.*}.
 *
 * @param maxRows data rows a file may have; larger files are refused whole
 * @param maxBytes size a file may have (the multipart limit is set to match in application.yml)
 * @param maxCellChars characters a cell may hold
 * @param keepFinished how long a finished job, with its report, stays available
 * @param workers jobs running at once; further jobs wait in a queue of {@code queue}
 * @param queue jobs that may wait; beyond that an upload is refused as busy
 */
@ConfigurationProperties("mingyuan.imports")
public record ImportLimits(
        @DefaultValue("200000") int maxRows,
        @DefaultValue("52428800") long maxBytes,
        @DefaultValue("1000") int maxCellChars,
        @DefaultValue("1h") Duration keepFinished,
        @DefaultValue("2") int workers,
        @DefaultValue("8") int queue) {}
