/** Runnable examples of embedding OpenIMR; each is compiled and run by a test. */
@NullMarked
package org.openimr.examples;

import org.jspecify.annotations.NullMarked;
