/**
 * Many digests at once. {@link io.mirsad.batch.Renderer} renders one input to editions in memory — the
 * render path the command line, {@link io.mirsad.batch.Batch} and cluster jobs share;
 * {@link io.mirsad.batch.Batch} renders folders of inputs into mirrored edition files in parallel;
 * {@link io.mirsad.batch.Anthology} binds many digests into one volume per format.
 */
package io.mirsad.batch;
