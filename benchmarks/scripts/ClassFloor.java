import java.io.IOException;
import java.lang.instrument.Instrumentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A Java agent that loads the classes a recorded run loaded and initialises those it initialised, each in
 * the run's order, then halts before {@code main}: what that run paid for its classes alone, with the
 * launcher's own flags and class cache. Used by {@code benchmarks/floor.sh}; the argument is the list,
 * a line each: {@code L name} to load a class, {@code I name} to initialise it.
 */
public final class ClassFloor {
    private ClassFloor() {}

    public static void premain(String list, Instrumentation unused) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(list));
        ClassLoader loader = ClassLoader.getSystemClassLoader();
        int failed = 0;
        for (String line : lines) {
            try {
                Class.forName(line.substring(2), line.charAt(0) == 'I', loader);
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                failed++; // an initialiser that needs the run's own state
            }
        }
        System.err.printf("ClassFloor: %d of %d steps done%n", lines.size() - failed, lines.size());
        Runtime.getRuntime().halt(0);
    }
}
