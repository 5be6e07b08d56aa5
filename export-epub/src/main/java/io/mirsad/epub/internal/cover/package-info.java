/** The cover image: a generated one, or a user-supplied PNG or JPEG. */
package io.mirsad.epub.internal.cover;
