package io.mirsad.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.mirsad.digest.Digest;
import io.mirsad.export.ExportOptions;
import java.io.ByteArrayInputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Same digest, same options: same bytes, whenever and on whichever thread the export runs. */
class DeterminismTest {

    @Test
    void twoExportsAreByteForByteEqual() throws Exception {
        DocxExporter exporter = new DocxExporter();
        byte[] first = DocxPackage.export(exporter, DocxPackage.sample(), ExportOptions.defaults());
        Thread.sleep(2100); // past the two-second resolution of zip entry times
        byte[] second = DocxPackage.export(exporter, DocxPackage.sample(), ExportOptions.defaults());
        assertThat(second).isEqualTo(first);
    }

    @Test
    void preparingWhileOtherThreadsExportChangesNoByte() throws Exception {
        DocxExporter exporter = new DocxExporter();
        byte[] expected = DocxPackage.export(exporter, DocxPackage.sample(), ExportOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    exporter.prepare();
                    return DocxPackage.export(exporter, DocxPackage.sample(), ExportOptions.defaults());
                }));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theTimeZoneOfTheMachineDoesNotShowInTheBytes() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Riyadh"));
            byte[] riyadh = DocxPackage.export(new DocxExporter(), DocxPackage.sample(), ExportOptions.defaults());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] losAngeles = DocxPackage.export(new DocxExporter(), DocxPackage.sample(), ExportOptions.defaults());
            assertThat(losAngeles).isEqualTo(riyadh);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void everyZipEntryCarriesTheSameFixedTime() throws Exception {
        byte[] docx = DocxPackage.export(new DocxExporter(), DocxPackage.sample(), ExportOptions.defaults());
        List<LocalDateTime> times = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                times.add(e.getTimeLocal());
            }
        }
        assertThat(times).hasSizeGreaterThan(10).containsOnly(LocalDateTime.of(1980, 1, 1, 0, 0));
    }

    @Test
    void oneExporterSharedByThreadsGivesEveryThreadTheSameBytes() throws Exception {
        DocxExporter exporter = DocxExporter.builder().kashida(Kashida.MEDIUM).build();
        Digest sample = DocxPackage.sample();
        Digest feature = FeatureDigest.build();
        byte[] sampleBytes = DocxPackage.export(exporter, sample, ExportOptions.defaults());
        byte[] featureBytes = DocxPackage.export(exporter, feature, ExportOptions.defaults());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Digest d = i % 2 == 0 ? sample : feature;
                results.add(pool.submit(() -> DocxPackage.export(exporter, d, ExportOptions.defaults())));
            }
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i).get()).isEqualTo(i % 2 == 0 ? sampleBytes : featureBytes);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
