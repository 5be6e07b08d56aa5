# Sourced by the benchmark scripts that must pass JVM options (a heap ceiling, a collector) to a run of
# mirsad, which ./mirsad does not take: sets MIRSAD_JAVA to the launcher's JVM settings on Java 17 (client
# compiler, headless, UTF-8, its class-data archive when ./mirsad has made one) and the jar, so that
#   "${MIRSAD_JAVA[@]}" -Xmx256m -jar "$MIRSAD_JAR" anthology ...
# starts mirsad as ./mirsad would, plus the options given.
root="${root:?set root to the checkout first}"
MIRSAD_JAR="$root/digest-cli/target/mirsad.jar"
MIRSAD_JAVA=(java -Djava.awt.headless=true -XX:TieredStopAtLevel=1 -Xlog:cds=off -Xlog:cds+dynamic=off
  -Dfile.encoding=UTF-8 -Dsun.jnu.encoding=UTF-8)
archive="$(ls "$root"/digest-cli/target/mirsad-java-17*.jsa 2>/dev/null | head -n 1 || true)"
if [ -n "$archive" ] && [ "$archive" -nt "$MIRSAD_JAR" ]; then
  MIRSAD_JAVA+=(-XX:SharedArchiveFile="$archive")
fi
