/**
 * The JSON form of a digest. Its field names are a public contract, described by the JSON Schema at
 * {@code /io/mirsad/digest/json/digest.schema.json} on the class path.
 */
package io.mirsad.digest.json;
