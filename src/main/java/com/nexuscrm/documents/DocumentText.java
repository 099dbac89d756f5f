package com.nexuscrm.documents;

import com.nexuscrm.domain.FileProblems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the text of an attached file for the search index: PDF, DOCX, plain text and e-mail (.eml). A file
 * over {@link #MAX_BYTES}, of an unknown type, damaged or protected by a password is refused with a
 * {@link DocumentProblem} naming it; text beyond {@link #TEXT_CAP} characters is cut (search needs the words,
 * and a huge log file must not fill the index).
 */
public final class DocumentText {
    /** The largest file attached: 50 MB. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** The most characters of one document that are indexed. */
    public static final int TEXT_CAP = 1_000_000;

    private final long maxBytes;

    public DocumentText() {
        this(MAX_BYTES);
    }

    /** @param maxBytes the size limit (tests use a small one instead of writing 50 MB) */
    public DocumentText(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The file's type, or a problem naming the file when it is not one this reads. */
    public static DocumentKind kindOf(Path file) throws DocumentProblem {
        return DocumentKind.of(file).orElseThrow(() -> new DocumentProblem(file.getFileName()
                + " is not a type whose text can be read; attach a PDF, Word (.docx), text (.txt) or e-mail (.eml) file"));
    }

    /** The file's text, at most {@link #TEXT_CAP} characters. */
    public String read(Path file) throws DocumentProblem {
        DocumentKind kind = kindOf(file);
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new DocumentProblem(file.getFileName() + " is " + size / (1024 * 1024) + " MB; documents up to "
                        + maxBytes / (1024 * 1024) + " MB are attached. Split it or attach a smaller copy");
            }
            String text = switch (kind) {
                case PDF -> PdfText.read(file);
                case DOCX -> DocxText.read(file, TEXT_CAP);
                case TEXT -> plainText(file, Files.readAllBytes(file));
                case EMAIL -> mail(file, Files.readAllBytes(file));
            };
            return text.length() > TEXT_CAP ? text.substring(0, TEXT_CAP) : text;
        } catch (IOException e) {
            throw new DocumentProblem(file.getFileName() + " cannot be read: " + FileProblems.reason(e), e);
        }
    }

    private static String plainText(Path file, byte[] bytes) throws DocumentProblem {
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                throw new DocumentProblem(file.getFileName() + " is not a text file (it holds binary data); attach it "
                        + "as PDF or .docx instead");
            }
        }
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            // Not UTF-8: the commonest other encoding of files written on Windows.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static String mail(Path file, byte[] bytes) throws DocumentProblem {
        String raw = new String(bytes, StandardCharsets.ISO_8859_1);
        if (!MailText.looksLikeMail(raw)) {
            throw new DocumentProblem(file.getFileName() + " is not an e-mail message (it has no From, Subject or "
                    + "MIME-Version header); save the message from your mail program as .eml");
        }
        return MailText.read(raw);
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }
}
