/**
 * Mirsad on Apache Spark: {@link io.mirsad.spark.RenderArchive} renders an archive of digests on a cluster
 * through the same renderer as {@code mirsad batch}, and records every edition in a results table.
 */
package io.mirsad.spark;
