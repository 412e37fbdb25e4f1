package cn.fanxiao.documents.internal.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.io.font.TrueTypeCollection;
import com.itextpdf.io.font.TrueTypeFont;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSet;

/**
 * The fonts documents are set in: the free fonts bundled in the jar ({@code fonts/} on the classpath) plus every
 * TrueType/OpenType font a deployment drops into {@code fanxiao.documents.font-dir} (licensed 方正小标宋简体,
 * 仿宋_GB2312 …). Fonts are parsed once, at start, into one shared {@link FontSet}; each conversion gets its own
 * {@link FontProvider} over it, because a provider caches per-document fonts and is not thread-safe.
 * <p>
 * Only embeddable font programs are registered and the 14 standard PDF fonts never are: PDF/A forbids unembedded
 * fonts. The library also knows which characters it can draw at all, so that a document with a character no font
 * has is refused before it is issued ({@link #missingCodePoints}).
 */
@Component
public class FontLibrary {

    /** CSS family used when a template names none of ours; also the page-number font (a 宋体, as GB/T 9704 asks). */
    public static final String DEFAULT_FAMILY = "Noto Serif SC";

    static final List<String> BUNDLED_FONTS = List.of(
            "fonts/noto-serif-sc/NotoSerifSC-Regular.ttf",
            "fonts/noto-serif-sc/NotoSerifSC-Bold.ttf",
            // the fallback for rare name characters (CJK Extension B and beyond) that Noto Serif SC lacks
            "fonts/lxgw-wenkai/LXGWWenKai-Regular.ttf");

    private static final Logger log = LoggerFactory.getLogger(FontLibrary.class);

    private final FontSet fontSet = new FontSet();
    /** Every code point some registered font has a glyph for. */
    private final BitSet drawable = new BitSet(Character.MAX_CODE_POINT + 1);
    /** Any family name a font carries (e.g. its Chinese name), lower case → the name iText matches on. */
    private final Map<String, String> familyAliases = new HashMap<>();
    private final Map<String, List<String>> sources = new LinkedHashMap<>();

    @Autowired
    public FontLibrary(@Value("${fanxiao.documents.font-dir:}") String fontDir) {
        this(fontDir == null || fontDir.isBlank() ? null : Path.of(fontDir));
    }

    /** @param fontDir a directory of extra fonts, or {@code null} for the bundled fonts only */
    public FontLibrary(Path fontDir) {
        long start = System.nanoTime();
        List<FontProgram> programs = new ArrayList<>();
        for (int i = 0; i < BUNDLED_FONTS.size(); i++) {
            programs.add(register(Bundled.PROGRAMS.get(i), "classpath:" + BUNDLED_FONTS.get(i)));
        }
        if (fontDir != null) {
            programs.addAll(registerDirectory(fontDir));
        }
        // aliases after all primary names are known, so that no font's alias hides another font's real family
        programs.forEach(this::addAliases);
        log.info("Document fonts ready in {} ms: {}; other family names: {}", (System.nanoTime() - start) / 1_000_000,
                sources, familyAliases);
    }

    /** A provider for one conversion: cheap, over the shared font set; never share it between threads. */
    public FontProvider newProvider() {
        return new AliasingFontProvider(fontSet, DEFAULT_FAMILY, familyAliases);
    }

    /**
     * The code points of {@code text} that no font has a glyph for, in order of first appearance. White space,
     * control and format characters and variation selectors are not drawn as glyphs and are never reported.
     */
    public Set<Integer> missingCodePoints(String text) {
        Set<Integer> missing = new LinkedHashSet<>();
        text.codePoints()
                .filter(cp -> !drawable.get(cp) && isDrawn(cp))
                .forEach(missing::add);
        return Collections.unmodifiableSet(missing);
    }

    /** The CSS family names registered (as iText matches them, lower case) with the font files behind each. */
    public Map<String, List<String>> families() {
        return Collections.unmodifiableMap(sources);
    }

    /** Other family names the fonts carry (lower case, e.g. a Chinese name) → the family they stand for. */
    public Map<String, String> familyAliases() {
        return Collections.unmodifiableMap(familyAliases);
    }

    private static boolean isDrawn(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return false;
        }
        int type = Character.getType(cp);
        boolean variationSelector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
        return type != Character.CONTROL && type != Character.FORMAT && !variationSelector;
    }

    private List<FontProgram> registerDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            // a configured but missing directory is a deployment mistake: the licensed fonts would silently be absent
            throw new IllegalStateException("fanxiao.documents.font-dir is not a directory: " + dir.toAbsolutePath());
        }
        List<FontProgram> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                try {
                    if (name.endsWith(".ttf") || name.endsWith(".otf")) {
                        programs.add(register(parse(Files.readAllBytes(file)), file.toString()));
                    } else if (name.endsWith(".ttc")) {
                        byte[] bytes = Files.readAllBytes(file);
                        int size = new TrueTypeCollection(bytes).getTTCSize();
                        for (int i = 0; i < size; i++) {
                            programs.add(register(FontProgramFactory.createFont(bytes, i, false), file + "#" + i));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // one unreadable file should not stop the application: the other fonts still work, and a
                    // character only this font had is still refused by missingCodePoints
                    log.warn("Skipping font file {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list font directory " + dir, e);
        }
        return programs;
    }

    private FontProgram register(FontProgram program, String source) {
        if (!(program instanceof TrueTypeFont ttf)) {
            throw new IllegalArgumentException("not a TrueType/OpenType font: " + source);
        }
        // Identity-H: every glyph addressable, and iText embeds the font as a subset of the glyphs used
        if (!fontSet.addFont(program, PdfEncodings.IDENTITY_H)) {
            log.warn("Font {} is already registered; skipped", source);
            return program;
        }
        for (int cp : ttf.getActiveCmap().keySet()) {
            // the same test layout uses when it picks a font for a character (PdfType0Font.containsGlyph)
            if (cp >= 0 && cp <= Character.MAX_CODE_POINT && program.getGlyph(cp) != null) {
                drawable.set(cp);
            }
        }
        sources.computeIfAbsent(primaryFamily(program), k -> new ArrayList<>()).add(source);
        return program;
    }

    private void addAliases(FontProgram program) {
        String primary = primaryFamily(program);
        List<String[]> names = new ArrayList<>();
        Stream.of(program.getFontNames().getFamilyName(), program.getFontNames().getFamilyName2())
                .filter(table -> table != null)
                .forEach(table -> names.addAll(List.of(table)));
        for (String[] name : names) {
            // name records are {platform, encoding, language, name}. Macintosh records other than Roman/English
            // come out undecoded (bytes read as Latin-1), so only Unicode and Windows records are trusted for those.
            boolean macNonRoman = "1".equals(name[0]) && !("0".equals(name[1]) && "0".equals(name[2]));
            if (macNonRoman) {
                continue;
            }
            String alias = name[3] == null ? "" : name[3].trim().toLowerCase(Locale.ROOT);
            if (!alias.isEmpty() && !alias.equals(primary) && !sources.containsKey(alias)) {
                familyAliases.putIfAbsent(alias, primary);
            }
        }
    }

    private static String primaryFamily(FontProgram program) {
        // the family name iText's FontSelector compares CSS font-family values with
        String family = FontInfo.create(program, PdfEncodings.IDENTITY_H, null).getDescriptor().getFamilyNameLowerCase();
        return family != null ? family : program.getFontNames().getFontName().toLowerCase(Locale.ROOT);
    }

    /**
     * The bundled fonts, parsed once per JVM (about 100 MB once parsed) however many libraries are built: a test JVM
     * caches several application contexts. Font programs are read-only once parsed and iText subsets them through
     * thread-safe views, so sharing them is safe.
     */
    private static final class Bundled {
        static final List<FontProgram> PROGRAMS = BUNDLED_FONTS.stream()
                .map(resource -> parse(readResource(resource)))
                .toList();
    }

    private static FontProgram parse(byte[] bytes) {
        try {
            // not cached in iText's global cache: this library holds the only reference it needs
            return FontProgramFactory.createFont(bytes, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readResource(String resource) {
        try (InputStream in = FontLibrary.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
