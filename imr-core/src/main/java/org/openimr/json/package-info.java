/**
 * JSON for every model type through one preconfigured Jackson mapper, {@link
 * org.openimr.json.ImrJson}. Cases are read field by field so that every problem is reported at
 * once, with its JSON path and without the offending value.
 */
@NullMarked
package org.openimr.json;

import org.jspecify.annotations.NullMarked;
