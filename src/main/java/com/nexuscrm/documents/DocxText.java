package com.nexuscrm.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The text of a Word (.docx) file: {@code word/document.xml}'s runs ({@code w:t}), one line per paragraph
 * ({@code w:p}), tabs and breaks kept. A few dozen lines of StAX instead of Apache POI, which would weigh more
 * than the rest of the feature; formatting, headers and footnotes are not needed for search.
 */
final class DocxText {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxText() { }

    static String read(Path file, int cap) throws DocumentProblem, IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry body = zip.getEntry("word/document.xml");
            if (body == null) {
                throw new DocumentProblem(file.getFileName() + " is not a Word document (it has no word/document.xml); "
                        + "save it again as .docx");
            }
            try (InputStream in = zip.getInputStream(body)) {
                return paragraphs(in, cap);
            }
        } catch (ZipException e) {
            throw new DocumentProblem(file.getFileName() + " is not a readable .docx (a .docx is a zip file): "
                    + e.getMessage(), e);
        } catch (XMLStreamException e) {
            throw new DocumentProblem(file.getFileName() + " has a damaged word/document.xml: " + e.getMessage(), e);
        }
    }

    private static String paragraphs(InputStream in, int cap) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // A document is untrusted input: no DTDs, no external entities.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        StringBuilder text = new StringBuilder();
        boolean inText = false;
        while (xml.hasNext() && text.length() < cap) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT && W.equals(xml.getNamespaceURI())) {
                switch (xml.getLocalName()) {
                    case "t" -> inText = true;
                    case "tab" -> text.append('\t');
                    case "br", "cr" -> text.append('\n');
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && W.equals(xml.getNamespaceURI())) {
                if (xml.getLocalName().equals("t")) {
                    inText = false;
                } else if (xml.getLocalName().equals("p")) {
                    text.append('\n');
                }
            } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                text.append(xml.getText());
            }
        }
        xml.close();
        return text.toString();
    }
}
