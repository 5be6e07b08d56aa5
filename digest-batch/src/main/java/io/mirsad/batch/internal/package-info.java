/** Machinery of batches and anthologies; not an API. */
package io.mirsad.batch.internal;
