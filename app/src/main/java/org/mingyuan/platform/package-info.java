/** The Mingyuan platform: a Spring Modulith application whose modules are the direct sub-packages. */
@NullMarked
package org.mingyuan.platform;

import org.jspecify.annotations.NullMarked;
