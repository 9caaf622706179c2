/** The inbox, notification setting and delivery statistics as JSON and as pages. */
@NullMarked
package org.mingyuan.platform.policy.push.web;

import org.jspecify.annotations.NullMarked;
