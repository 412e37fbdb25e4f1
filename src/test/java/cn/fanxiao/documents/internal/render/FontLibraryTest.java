package cn.fanxiao.documents.internal.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.itextpdf.layout.font.FontCharacteristics;
import com.itextpdf.layout.font.FontProvider;

class FontLibraryTest {

    private final FontLibrary fonts = RenderFixtures.FONTS;

    @Test
    void registersTheBundledFamilies() {
        assertThat(fonts.families()).containsOnlyKeys("noto serif sc", "lxgw wenkai");
        assertThat(fonts.familyAliases()).containsEntry("霞鹜文楷", "lxgw wenkai");
    }

    @Test
    void everyCharacterOfANameWithAnExtensionBCharacterIsDrawable() {
        assertThat(fonts.missingCodePoints("吉𠮷祥，男，2012年3月生。Ａ1 — 验证码")).isEmpty();
    }

    @Test
    void whiteSpaceControlAndFormatCharactersAreNeverReportedMissing() {
        assertThat(fonts.missingCodePoints(" \t\r\n\u00A0\u3000\u200B\u200D\uFEFF\uFE0F\u0007")).isEmpty();
    }

    @Test
    void reportsCharactersNoFontHasInOrderOfAppearance() {
        // U+E000: private use; U+0378: unassigned; U+F0000: supplementary private use (outside the BMP)
        assertThat(fonts.missingCodePoints("王\uE000明\u0378\uDB80\uDC00\uE000"))
                .containsExactly(0xE000, 0x0378, 0xF0000);
    }

    @Test
    void cssFamilyNamesPickTheFaceAndOtherNamesOfAFontWork() {
        FontProvider provider = fonts.newProvider();
        FontCharacteristics bold = new FontCharacteristics();
        bold.setBoldFlag(true);

        assertThat(face(provider, List.of("Noto Serif SC"), new FontCharacteristics())).isEqualTo("NotoSerifSC-Regular");
        assertThat(face(provider, List.of("Noto Serif SC"), bold)).isEqualTo("NotoSerifSC-Bold");
        assertThat(face(provider, List.of("霞鹜文楷"), new FontCharacteristics())).isEqualTo("LXGWWenKai-Regular");
        assertThat(face(provider, List.of("LXGW WenKai"), new FontCharacteristics())).isEqualTo("LXGWWenKai-Regular");
        // a licensed font the deployment has not installed: the CSS list falls through to the default family
        assertThat(face(provider, List.of("仿宋_GB2312", "serif"), new FontCharacteristics()))
                .isEqualTo("NotoSerifSC-Regular");
    }

    @Test
    void aConfiguredFontDirectoryIsReadAndAnUnreadableFileInItIsSkipped(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.ttf"), "not a font");
        Files.writeString(dir.resolve("readme.txt"), "ignored");

        FontLibrary withDir = new FontLibrary(dir);

        assertThat(withDir.families()).containsOnlyKeys("noto serif sc", "lxgw wenkai");
        assertThat(withDir.missingCodePoints("吉𠮷")).isEmpty();
    }

    @Test
    void aConfiguredFontDirectoryThatDoesNotExistStopsTheStart(@TempDir Path dir) {
        assertThatThrownBy(() -> new FontLibrary(dir.resolve("missing")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("fanxiao.documents.font-dir");
    }

    private static String face(FontProvider provider, List<String> families, FontCharacteristics fc) {
        return provider.getFontSelector(families, fc).bestMatch().getDescriptor().getFontName();
    }
}
