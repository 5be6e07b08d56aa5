/**
 * The page importer's machinery, in the order a page goes through it:
 * <ol>
 *   <li>{@link io.mirsad.digest.internal.importer.PageDecoder}: bytes to text (UTF-8, BOMs, ICU charset detection);</li>
 *   <li>{@link io.mirsad.digest.internal.importer.PageParser}: lines to title, byline, series, introduction and
 *       sections, using {@link io.mirsad.digest.internal.importer.LineNormaliser} (whitespace) and
 *       {@link io.mirsad.digest.internal.importer.PageResidue} (lines to drop);</li>
 *   <li>{@link io.mirsad.digest.internal.importer.SourceAttribution}: which sources each section cites and
 *       where — words from {@code WordTokens}, folded by {@link io.mirsad.digest.internal.importer.NameFolder},
 *       looked up in {@code NameIndex} by {@code MentionFinder}; institutions the gazetteer lacks found by
 *       {@code UnknownInstitutions} after {@code ReportingPhrases}, with ids from {@code SourceIds};</li>
 *   <li>{@link io.mirsad.digest.internal.importer.DigestAssembler}: the digest and the import report.</li>
 * </ol>
 * Not public API: use {@link io.mirsad.digest.importer.PageImporter}.
 */
package io.mirsad.digest.internal.importer;
