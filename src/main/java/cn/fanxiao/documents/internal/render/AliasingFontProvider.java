package cn.fanxiao.documents.internal.render;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.itextpdf.layout.font.FontCharacteristics;
import com.itextpdf.layout.font.FontInfo;
import com.itextpdf.layout.font.FontProvider;
import com.itextpdf.layout.font.FontSelector;
import com.itextpdf.layout.font.FontSet;

/**
 * A font provider that also understands a font's other family names. iText matches a CSS {@code font-family} only
 * against the first family name record of a font's name table; which record comes first depends on the font's maker,
 * and a CJK font may list its Chinese name first while the template asks for its English one, or the other way
 * round. Any family name the font carries is translated to the one iText matches before the fonts are sorted.
 * <p>
 * Note that pdfHTML itself drops CSS family names with characters outside ASCII letters, digits, '_', '-' and space
 * (its {@code FontFamilySplitterUtil}), so templates must name fonts by their ASCII names ({@code FangSong_GB2312},
 * {@code FZXiaoBiaoSong-B05S}); the Chinese names only work through this provider's API.
 */
final class AliasingFontProvider extends FontProvider {

    private final Map<String, String> aliases;

    AliasingFontProvider(FontSet fontSet, String defaultFamily, Map<String, String> aliases) {
        super(fontSet, defaultFamily);
        this.aliases = aliases;
    }

    @Override
    protected FontSelector createFontSelector(Collection<FontInfo> fonts, List<String> fontFamilies,
            FontCharacteristics fc) {
        List<String> resolved = fontFamilies.stream()
                .map(family -> aliases.getOrDefault(family.trim().toLowerCase(Locale.ROOT), family))
                .toList();
        return super.createFontSelector(fonts, resolved, fc);
    }
}
