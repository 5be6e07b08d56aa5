package io.mirsad.pdf.internal.layout;

import io.mirsad.pdf.internal.write.StructureTree;

/**
 * One unit the page flow stacks into columns: a set line, a picture or a rule, with what decides where a
 * column may end. The keeps of the edition (headlines with what follows, no widows or orphans, a source
 * line with its paragraph) all come down to {@link #breakBefore}.
 *
 * @param content     what is drawn
 * @param role        what it is part of
 * @param block       the serial number of its paragraph (or picture, or rule) in the edition
 * @param index       its line number within the block, from 0
 * @param count       the number of lines of the block
 * @param height      the height it takes, in points
 * @param spaceBefore the space above it, dropped at the top of a column
 * @param breakBefore whether a column may end just above it
 * @param bookmark    the outline entry pointing here, or {@code null}
 * @param tag         the structure element its content belongs to, taken when it was placed (it is drawn
 *                    later), or {@code null} for an ornament
 */
public record FlowLine(
        Content content,
        Role role,
        int block,
        int index,
        int count,
        float height,
        float spaceBefore,
        boolean breakBefore,
        String bookmark,
        StructureTree.Tag tag) {}
