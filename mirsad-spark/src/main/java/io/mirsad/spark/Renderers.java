package io.mirsad.spark;

import io.mirsad.batch.Renderer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One {@link Renderer} per executor JVM and settings, built on first use: loading fonts and exporters
 * costs far more than rendering a digest, and a renderer is safe to share between a JVM's task threads.
 */
final class Renderers {
    private static final Map<RenderSettings, Renderer> BY_SETTINGS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILT = new AtomicInteger();

    private Renderers() {}

    static Renderer get(RenderSettings settings) {
        return BY_SETTINGS.computeIfAbsent(settings, s -> {
            BUILT.incrementAndGet();
            return s.newRenderer();
        });
    }

    /** How many renderers this JVM has built. */
    static int built() {
        return BUILT.get();
    }
}
