/**
 * The exporter SPI. Each output format is a {@link io.mirsad.export.DigestExporter} registered in
 * {@code META-INF/services/io.mirsad.export.DigestExporter}; {@link io.mirsad.export.ExporterRegistry}
 * finds the installed ones through {@link java.util.ServiceLoader}.
 */
package io.mirsad.export;
