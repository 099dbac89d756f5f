package com.nexuscrm.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text of each attached format, from small files made here; and every kind of bad file, named with why. */
class DocumentTextTest {
    @TempDir
    Path dir;
    private final DocumentText reader = new DocumentText();

    @Test
    void aPdfsTextIsRead() throws Exception {
        Path pdf = pdf("proposal.pdf", "Renewal proposal for Globex", null);
        assertTrue(reader.read(pdf).contains("Renewal proposal for Globex"));
    }

    @Test
    void aPasswordProtectedPdfIsNamedAndRefused() throws Exception {
        Path pdf = pdf("secret.pdf", "Confidential pricing", "hunter2");
        DocumentProblem p = assertThrows(DocumentProblem.class, () -> reader.read(pdf));
        assertTrue(p.getMessage().startsWith("secret.pdf is protected by a password"), p.getMessage());
    }

    @Test
    void aDamagedPdfIsNamed() throws Exception {
        Path pdf = Files.write(dir.resolve("broken.pdf"), "%PDF-1.7\nthis is not really a pdf".getBytes(StandardCharsets.US_ASCII));
        DocumentProblem p = assertThrows(DocumentProblem.class, () -> reader.read(pdf));
        assertTrue(p.getMessage().startsWith("broken.pdf is not a readable PDF"), p.getMessage());
    }

    @Test
    void aDocxsParagraphsAreRead() throws Exception {
        Path docx = dir.resolve("contract.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>Master services </w:t></w:r><w:r><w:t>agreement"
                    + "</w:t></w:r></w:p><w:p><w:r><w:t>Initech &amp; Müller GmbH</w:t></w:r></w:p></w:body></w:document>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("Master services agreement\nInitech & Müller GmbH\n", reader.read(docx));
    }

    @Test
    void aZipWithoutAWordDocumentOrNoZipAtAllIsNamed() throws Exception {
        Path empty = dir.resolve("empty.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(empty))) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.closeEntry();
        }
        assertTrue(assertThrows(DocumentProblem.class, () -> reader.read(empty)).getMessage().startsWith("empty.docx is not a Word document"));
        Path text = Files.writeString(dir.resolve("renamed.docx"), "plain words");
        assertTrue(assertThrows(DocumentProblem.class, () -> reader.read(text)).getMessage().startsWith("renamed.docx is not a readable .docx"));
    }

    @Test
    void anEmailsHeadersAndPlainPartsAreReadAndAttachmentsSkipped() throws Exception {
        String eml = String.join("\r\n", "From: Ana Lopez <ana@globex.example>", "To: rep@nexus.example",
                "Subject: =?UTF-8?B?UmU6IFByaWNpbmcgZsO8ciAyMDI3?=", "MIME-Version: 1.0",
                "Content-Type: multipart/mixed; boundary=\"XYZ\"", "", "--XYZ",
                "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: quoted-printable", "",
                "We compared Initech=E2=80=99s offer and need a discount on =", "seats.", "--XYZ",
                "Content-Type: application/pdf", "Content-Disposition: attachment; filename=x.pdf",
                "Content-Transfer-Encoding: base64", "", "JVBERi0xLjcK", "--XYZ--", "");
        String text = reader.read(Files.writeString(dir.resolve("reply.eml"), eml, StandardCharsets.ISO_8859_1));
        assertTrue(text.contains("Re: Pricing für 2027"), text);
        assertTrue(text.contains("Ana Lopez"), text);
        assertTrue(text.contains("We compared Initech’s offer and need a discount on seats."), text);
        assertTrue(!text.contains("JVBERi0"), text);
    }

    @Test
    void anHtmlOnlyEmailLosesItsTags() throws Exception {
        String eml = "Subject: Hello\nContent-Type: text/html; charset=us-ascii\n\n<html><body><p>Kick-off <b>Tuesday</b></p></body></html>\n";
        String text = reader.read(Files.writeString(dir.resolve("html.eml"), eml));
        assertTrue(text.contains("Kick-off") && text.contains("Tuesday") && !text.contains("<b>"), text);
    }

    @Test
    void textIsUtf8OrElseWindows1252AndBinaryIsRefused() throws Exception {
        assertEquals("Zoë's notes", reader.read(Files.writeString(dir.resolve("a.txt"), "Zoë's notes")));
        Path cp = Files.write(dir.resolve("b.txt"), "Zoë's notes".getBytes(Charset.forName("windows-1252")));
        assertEquals("Zoë's notes", reader.read(cp));
        Path bin = Files.write(dir.resolve("c.txt"), new byte[] {'a', 0, 1, 2});
        assertTrue(assertThrows(DocumentProblem.class, () -> reader.read(bin)).getMessage().startsWith("c.txt is not a text file"));
    }

    @Test
    void unknownTypesAndHugeFilesAreNamedAndLongTextIsCut() throws Exception {
        Path exe = Files.writeString(dir.resolve("setup.exe"), "MZ");
        assertTrue(assertThrows(DocumentProblem.class, () -> reader.read(exe)).getMessage().startsWith("setup.exe is not a type"));
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(3 * 1024 * 1024));
        DocumentProblem tooBig = assertThrows(DocumentProblem.class, () -> new DocumentText(2 * 1024 * 1024).read(big));
        assertTrue(tooBig.getMessage().startsWith("big.txt is 3 MB; documents up to 2 MB"), tooBig.getMessage());
        assertEquals(DocumentText.TEXT_CAP, reader.read(big).length());
        Path missing = dir.resolve("gone.txt");
        assertTrue(assertThrows(DocumentProblem.class, () -> reader.read(missing)).getMessage().startsWith("gone.txt cannot be read"));
    }

    private Path pdf(String name, String line, String password) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(line);
                content.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.save(out);
            }
        }
        return file;
    }
}
