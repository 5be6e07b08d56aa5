/** Runs, their direction (resolved with ICU4J's bidi algorithm), paragraph properties and fields. */
package io.mirsad.docx.internal.text;
