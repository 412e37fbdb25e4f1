package cn.fanxiao.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Checks on issued PDFs that any test can reuse: PDF/A-2b validity by veraPDF, and what poppler's tools see
 * (text, fonts, a picture of page 1). The poppler tools come from Debian's {@code poppler-utils}, which
 * {@code scripts/test.sh} installs; without them these checks fail, saying so, rather than skip.
 */
public final class PdfChecks {

    /** One row of {@code pdffonts}. */
    public record FontRow(String name, String type, boolean embedded, boolean subset, boolean toUnicode) {
    }

    public static final Path PREVIEWS = Path.of("target", "document-previews");

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfChecks() {
    }

    /** Fails with every broken rule (clause, test, message, where) unless veraPDF finds the PDF PDF/A-2b compliant. */
    public static void assertPdfA2b(byte[] pdf) {
        ValidationResult result;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            result = validator.validate(parser);
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the PDF: " + e, e);
        }
        if (!result.isCompliant()) {
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage()
                            + " @ " + a.getLocation().getContext())
                    .distinct().limit(20)
                    .collect(Collectors.joining("\n  "));
            fail("not PDF/A-2b compliant according to veraPDF:\n  " + failures);
        }
        assertThat(result.getPDFAFlavour()).isEqualTo(PDFAFlavour.PDFA_2_B);
    }

    /**
     * The text poppler extracts, in content-stream order ({@code pdftotext -raw}). Raw order is the order we wrote
     * it in, and it keeps the narrow spaces of "— 2 —" that poppler's layout analysis drops next to wide dashes.
     */
    public static String pdftotext(byte[] pdf) {
        return withPdfFile(pdf, file -> run("pdftotext", "-raw", "-enc", "UTF-8", file.toString(), "-"));
    }

    /** Every font poppler lists ({@code pdffonts}). */
    public static List<FontRow> pdffonts(byte[] pdf) {
        String out = withPdfFile(pdf, file -> run("pdffonts", file.toString()));
        List<FontRow> rows = new ArrayList<>();
        List<String> lines = out.lines().toList();
        // two header lines; then name type encoding emb sub uni object-number generation (the name has no spaces,
        // the type may: "CID TrueType"), so read the columns from the right
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) {
            String[] cols = line.trim().split("\\s+");
            if (cols.length < 7) {
                continue;
            }
            int n = cols.length;
            String type = String.join(" ", List.of(cols).subList(1, n - 6));
            rows.add(new FontRow(cols[0], type, "yes".equals(cols[n - 5]), "yes".equals(cols[n - 4]),
                    "yes".equals(cols[n - 3])));
        }
        return rows;
    }

    /** Fonts poppler sees that are not embedded, or embedded whole rather than as a subset. */
    public static List<FontRow> pdffontsNotEmbeddedAsSubset(byte[] pdf) {
        return pdffonts(pdf).stream().filter(f -> !f.embedded() || !f.subset()).toList();
    }

    /** Writes page 1 as {@code target/document-previews/<name>.png} (pdftoppm, 100 dpi) and returns its path. */
    public static Path pageOnePng(byte[] pdf, String name) {
        try {
            Files.createDirectories(PREVIEWS);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Path prefix = PREVIEWS.resolve(name);
        withPdfFile(pdf, file -> run("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", "-singlefile",
                file.toString(), prefix.toString()));
        Path png = PREVIEWS.resolve(name + ".png");
        assertThat(png).exists();
        return png;
    }

    private interface PdfFileUse {
        String apply(Path file) throws IOException, InterruptedException;
    }

    private static String withPdfFile(byte[] pdf, PdfFileUse use) {
        Path file = null;
        try {
            file = Files.createTempFile("fanxiao-check-", ".pdf");
            Files.write(file, pdf);
            return use.apply(file);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(false).start();
        } catch (IOException e) {
            throw new AssertionError(command[0] + " is not installed: these PDF checks need Debian's poppler-utils "
                    + "(apt-get install -y poppler-utils; scripts/test.sh installs it when it can)", e);
        }
        byte[] out = process.getInputStream().readAllBytes();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command[0] + " did not finish within 60 s");
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + process.exitValue() + "): " + err);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
