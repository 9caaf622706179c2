/**
 * The material library (材料库): the types of document enterprises hand in, their files checked by content (PDF,
 * JPEG, PNG), stored once by SHA-256 in the database, with validity dates, so that an application reuses a material
 * still valid instead of asking for it again. Other modules use {@link
 * org.mingyuan.platform.fulfillment.material.MaterialLibrary} and its events.
 */
@NullMarked
@NamedInterface("material")
package org.mingyuan.platform.fulfillment.material;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
