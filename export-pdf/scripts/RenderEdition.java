import io.mirsad.digest.Digest;
import io.mirsad.digest.json.DigestJson;
import io.mirsad.export.ExportOptions;
import io.mirsad.export.ExporterRegistry;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the PDF edition of a digest JSON file with the installed PDF exporter and its defaults.
 * Run by render-sample-png.sh as a single-file program: {@code java -cp CLASSPATH RenderEdition.java in.json out.pdf}.
 */
public class RenderEdition {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: RenderEdition <digest.json> <out.pdf>");
            System.exit(2);
        }
        Digest digest;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            digest = DigestJson.read(in);
        }
        ExporterRegistry.load().require("pdf").export(digest, ExportOptions.defaults(), Path.of(args[1]));
    }
}
