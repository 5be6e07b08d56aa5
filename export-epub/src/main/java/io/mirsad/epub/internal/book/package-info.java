/** Lays a digest out as an epub4j book and drives the writers that fill and package it. */
package io.mirsad.epub.internal.book;
