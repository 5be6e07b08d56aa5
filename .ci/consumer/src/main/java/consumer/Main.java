package consumer;

import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.DigestExporter;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Renders one digest in every installed format, as an embedder would. */
public final class Main {
    public static void main(String[] args) throws Exception {
        Digest digest;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            digest = DigestJson.read(in);
        }
        for (DigestExporter exporter : ExporterRegistry.load().exporters()) {
            exporter.export(digest, ExportOptions.defaults(),
                    Path.of(args[1], "observatory." + exporter.fileExtension()));
        }
    }
}
