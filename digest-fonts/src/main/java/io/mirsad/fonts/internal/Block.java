package io.mirsad.fonts.internal;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of an OpenType table being written: its own bytes, and offsets to the pieces it points to.
 * {@link #pack} lays each piece out after the one that points to it (OpenType offsets are unsigned and
 * relative to the start of the piece holding them) and shares identical pieces that point nowhere.
 */
final class Block {
    private byte[] data = new byte[16];
    private int size;
    private final List<Link> links = new ArrayList<>();

    private record Link(int at, Block target, boolean wide) {}

    /** Appends a 16-bit value. */
    Block u16(int value) {
        grow(2);
        data[size++] = (byte) (value >>> 8);
        data[size++] = (byte) value;
        return this;
    }

    /** Appends a 32-bit value. */
    Block u32(int value) {
        return u16(value >>> 16).u16(value);
    }

    /** Appends {@code length} bytes of {@code table} from {@code at}. */
    Block copy(ByteBuffer table, int at, int length) {
        grow(length);
        table.get(at, data, size, length);
        size += length;
        return this;
    }

    /** Appends a 16-bit offset to {@code target}, or 0 (no table) if it is null. */
    Block offset16(Block target) {
        return link(target, false).u16(0);
    }

    /** Appends a 32-bit offset to {@code target}. */
    Block offset32(Block target) {
        return link(target, true).u32(0);
    }

    private Block link(Block target, boolean wide) {
        if (target != null) {
            links.add(new Link(size, target, wide));
        }
        return this;
    }

    private void grow(int bytes) {
        if (size + bytes > data.length) {
            data = java.util.Arrays.copyOf(data, Math.max(2 * data.length, size + bytes));
        }
    }

    /**
     * This block and every block it reaches, as one table.
     *
     * @throws UnsupportedLayout if an offset does not fit its field
     */
    ByteBuffer pack() {
        IdentityHashMap<Block, Integer> positions = new IdentityHashMap<>();
        List<Block> placed = new ArrayList<>();
        int end = place(this, 0, positions, new HashMap<>(), placed);
        ByteBuffer out = ByteBuffer.allocate(end);
        for (Block b : placed) {
            int from = positions.get(b);
            out.put(from, b.data, 0, b.size);
            for (Link link : b.links) {
                int offset = positions.get(link.target) - from;
                if (offset < 0 || !link.wide && offset > 0xFFFF) {
                    throw new UnsupportedLayout("an offset does not fit in " + (link.wide ? 32 : 16) + " bits");
                }
                if (link.wide) {
                    out.putInt(from + link.at, offset);
                } else {
                    out.putShort(from + link.at, (short) offset);
                }
            }
        }
        return out;
    }

    /** Lays out {@code block} at {@code end} and then, depth first, what it points to; returns the new end. */
    private static int place(
            Block block,
            int end,
            IdentityHashMap<Block, Integer> positions,
            Map<ByteBuffer, Integer> leaves,
            List<Block> placed) {
        int start = end;
        positions.put(block, start);
        placed.add(block);
        int next = start + block.size;
        for (Link link : block.links) {
            Block target = link.target;
            if (positions.containsKey(target)) {
                continue;
            }
            if (target.links.isEmpty()) {
                ByteBuffer content = ByteBuffer.wrap(target.data, 0, target.size);
                Integer same = leaves.get(content);
                if (same != null && same >= start) {
                    positions.put(target, same);
                    continue;
                }
                leaves.put(content, next);
            }
            next = place(target, next, positions, leaves, placed);
        }
        return next;
    }
}
