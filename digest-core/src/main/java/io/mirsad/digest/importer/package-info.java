/**
 * The page importer: turns the text newsrooms scrape from their web pages into a validated
 * {@link io.mirsad.digest.Digest}, finding headlines, dropping page residue and attributing each
 * section to the think tanks and institutes it cites. Start with {@link io.mirsad.digest.importer.PageImporter}.
 */
package io.mirsad.digest.importer;
