/** The style sheet and the fonts it embeds. */
package io.mirsad.epub.internal.style;
