/** The zip container: fixed entry times and pre-compressed font parts. */
package io.mirsad.docx.internal.pkg;
