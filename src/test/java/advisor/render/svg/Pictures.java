package advisor.render.svg;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Test helpers for pictures: parse an SVG as XML, render it to pixels with Batik, look at the pixels. */
public final class Pictures {
    private Pictures() {
    }

    /** The SVG parsed by the JDK's XML parser (namespace-aware, no external entities). */
    public static Document xml(String svg) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    /** The SVG rendered by Batik's image transcoder; also written to target/pictures/NAME.png for a person to look at. */
    public static BufferedImage render(String svg, String name) {
        BufferedImage[] out = new BufferedImage[1];
        ImageTranscoder t = new ImageTranscoder() {
            @Override
            public BufferedImage createImage(int w, int h) {
                return new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            }

            @Override
            public void writeImage(BufferedImage img, TranscoderOutput output) {
                out[0] = img;
            }
        };
        try {
            t.transcode(new TranscoderInput(new StringReader(svg)), null);
        } catch (TranscoderException e) {
            throw new AssertionError("Batik could not render the SVG: " + e.getMessage(), e);
        }
        try {
            Path dir = Path.of("target", "pictures");
            Files.createDirectories(dir);
            ImageIO.write(out[0], "png", dir.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out[0];
    }

    /** How many pixels are neither white nor transparent. */
    public static long inked(BufferedImage img) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int argb = img.getRGB(x, y);
                if ((argb >>> 24) > 0 && (argb & 0xFFFFFF) != 0xFFFFFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many pixels have exactly the colour {@code rgb} (0xRRGGBB). */
    public static long pixels(BufferedImage img, int rgb) {
        long n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb && (img.getRGB(x, y) >>> 24) == 0xFF) {
                    n++;
                }
            }
        }
        return n;
    }

    /** How many elements the SVG has with this local name. */
    public static int count(Document doc, String element) {
        return doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", element).getLength();
    }
}
