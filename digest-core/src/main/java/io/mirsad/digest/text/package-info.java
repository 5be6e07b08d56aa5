/**
 * Arabic text utilities built on ICU4J: normalisation, digit shaping, Hijri and Gregorian dates,
 * bidi helpers. Every exporter uses these, so all formats agree on the same text.
 */
package io.mirsad.digest.text;
