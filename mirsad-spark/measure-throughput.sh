#!/bin/sh
# Editions per second of RenderArchive on local[1] and local[2] (PDF + EPUB, 200 generated digests),
# taking turns twice in one warmed-up JVM. Run from the repository root: mirsad-spark/measure-throughput.sh [COUNT]
set -e
count=${1:-200}
mvn -B -q -o -pl mirsad-spark -am test-compile dependency:build-classpath \
    -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
cd mirsad-spark
java -Djava.awt.headless=true @java17.options -cp "target/test-classes:target/classes:$(cat target/classpath.txt)" \
    io.mirsad.spark.ArchiveThroughput "$count" 'local[1]' 'local[2]' 'local[1]' 'local[2]' 2>/dev/null
