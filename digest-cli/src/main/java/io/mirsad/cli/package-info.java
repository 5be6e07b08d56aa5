/** The {@code mirsad} command line: {@code import}, {@code render}, {@code formats}. */
package io.mirsad.cli;
