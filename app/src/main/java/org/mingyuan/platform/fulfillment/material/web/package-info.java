/** The material library as JSON and as pages: listing, upload, metadata, download and marking superseded. */
@NullMarked
package org.mingyuan.platform.fulfillment.material.web;

import org.jspecify.annotations.NullMarked;
