package io.mirsad.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

class CompressedEntryTest {
    private static final byte[] DATA =
            "نشرة المرصد: خبر بعد خبر، ومصدر بعد مصدر. ".repeat(200).getBytes(StandardCharsets.UTF_8);

    @Test
    void anEntryFromAStreamMadeEarlierIsTheEntryDeflatedNow() throws IOException {
        CompressedEntry deflated = CompressedEntry.deflate(DATA);
        CompressedEntry given = CompressedEntry.of(DATA, stream(deflated));

        assertThat(given.size()).isEqualTo(DATA.length);
        CRC32 crc = new CRC32();
        crc.update(DATA);
        assertThat(given.crc()).isEqualTo(crc.getValue()).isEqualTo(deflated.crc());
        assertThat(stream(given)).isEqualTo(stream(deflated));
        assertThat(deflated.compressedSize()).isLessThan(DATA.length / 10);
    }

    @Test
    void aStreamOfOtherDataIsRefused() throws IOException {
        byte[] other = DATA.clone();
        other[other.length - 1] ^= 1;
        byte[] stream = stream(CompressedEntry.deflate(other));

        assertThatThrownBy(() -> CompressedEntry.of(DATA, stream))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(DATA.length + " bytes");
    }

    @Test
    void aStreamOfMoreOrLessThanTheDataIsRefused() throws IOException {
        byte[] longer = Arrays.copyOf(DATA, DATA.length + 1);
        byte[] shorter = Arrays.copyOf(DATA, DATA.length - 1);

        assertThatThrownBy(() -> CompressedEntry.of(DATA, stream(CompressedEntry.deflate(longer))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompressedEntry.of(DATA, stream(CompressedEntry.deflate(shorter))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCutOrCorruptStreamIsRefused() throws IOException {
        byte[] stream = stream(CompressedEntry.deflate(DATA));
        byte[] cut = Arrays.copyOf(stream, stream.length / 2);
        byte[] trailing = Arrays.copyOf(stream, stream.length + 1);
        byte[] garbage = new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff};

        assertThatThrownBy(() -> CompressedEntry.of(DATA, cut)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompressedEntry.of(DATA, trailing)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CompressedEntry.of(DATA, garbage)).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] stream(CompressedEntry entry) throws IOException {
        return entry.openDeflated().readAllBytes();
    }
}
