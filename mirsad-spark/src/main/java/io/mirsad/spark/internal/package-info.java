/** Machinery of the Spark job: Hadoop file-system access. Not part of the API. */
package io.mirsad.spark.internal;
