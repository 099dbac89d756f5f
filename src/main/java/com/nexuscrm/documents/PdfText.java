package com.nexuscrm.documents;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a PDF through Apache PDFBox; a password-protected PDF is named and refused, not guessed at. */
final class PdfText {
    private PdfText() { }

    static String read(Path file) throws DocumentProblem {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        } catch (InvalidPasswordException e) {
            throw new DocumentProblem(file.getFileName() + " is protected by a password; save a copy without the "
                    + "password and attach that", e);
        } catch (IOException | RuntimeException e) {
            throw new DocumentProblem(file.getFileName() + " is not a readable PDF (" + e.getMessage()
                    + "); open it in a PDF reader to check it, or attach another copy", e);
        }
    }
}
