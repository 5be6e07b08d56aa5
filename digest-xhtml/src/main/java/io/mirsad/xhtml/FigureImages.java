package io.mirsad.xhtml;

import io.mirsad.digest.Block;
import io.mirsad.digest.Digest;
import io.mirsad.digest.Section;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The pictures of a digest's figures, each given a file in the package, numbered in reading order. */
public final class FigureImages {

    /**
     * One picture file.
     *
     * @param id     its manifest id
     * @param href   its path inside the package
     * @param figure the figure it comes from
     */
    public record Image(String id, String href, Block.Figure figure) {}

    // by identity: two equal figures in different places are two pictures
    @SuppressWarnings("IdentityHashMapUsage")
    private final Map<Block.Figure, Image> byFigure = new IdentityHashMap<>();

    private final List<Image> images = new ArrayList<>();

    /** Names the picture of every figure in {@code digest}, under the folder {@code dir}. */
    public FigureImages(Digest digest, String dir) {
        for (Section section : digest.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Block.Figure figure) {
                    int n = images.size() + 1;
                    String ext = figure.mediaType().equals("image/png") ? "png" : "jpg";
                    Image image = new Image("figure-" + n, dir + "figure-" + n + "." + ext, figure);
                    images.add(image);
                    byFigure.put(figure, image);
                }
            }
        }
    }

    /** Every picture, in reading order. */
    public List<Image> images() {
        return List.copyOf(images);
    }

    /** The path of the picture of {@code figure}. */
    String href(Block.Figure figure) {
        Image image = byFigure.get(figure);
        if (image == null) {
            throw new IllegalStateException("figure not in this digest: " + figure);
        }
        return image.href();
    }
}
