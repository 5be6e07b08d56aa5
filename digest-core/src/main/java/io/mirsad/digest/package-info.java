/**
 * The digest model: immutable values that describe one edition of a news digest, independent of
 * any output format. Build a {@link io.mirsad.digest.Digest} with {@link io.mirsad.digest.Digest#builder()};
 * construction validates the whole digest and reports every violation at once.
 */
package io.mirsad.digest;
