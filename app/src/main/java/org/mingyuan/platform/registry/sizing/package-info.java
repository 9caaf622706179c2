/**
 * SME size classification: the versioned thresholds of the standard in force and the classifier
 * built from them; other registry code calls {@link org.mingyuan.platform.registry.sizing.SizeClassifications}.
 */
@NullMarked
package org.mingyuan.platform.registry.sizing;

import org.jspecify.annotations.NullMarked;
