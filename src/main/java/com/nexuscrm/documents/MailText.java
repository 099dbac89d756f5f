package com.nexuscrm.documents;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of an e-mail message (.eml, RFC 5322 with MIME): subject, from and to, then the plain-text parts
 * (HTML parts with their tags removed when a message has no plain text). A small reader rather than Jakarta Mail:
 * search needs the words, not the attachments or a mail session.
 */
final class MailText {
    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?]+)\\?([BbQq])\\?([^?]*)\\?=");
    private static final Pattern PARAM = Pattern.compile(";\\s*([A-Za-z-]+)=\"?([^\";]*)\"?");
    private static final int MAX_DEPTH = 10;

    private MailText() { }

    /** A message's headers (names lower-case, folded lines joined) and its raw body. */
    private record Part(Map<String, String> headers, String body) {
        String header(String name) { return headers.getOrDefault(name, ""); }

        String mediaType() {
            String type = header("content-type");
            int semi = type.indexOf(';');
            String bare = (semi < 0 ? type : type.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
            return bare.isEmpty() ? "text/plain" : bare;
        }

        String param(String name) {
            Matcher m = PARAM.matcher(header("content-type"));
            while (m.find()) {
                if (m.group(1).equalsIgnoreCase(name)) {
                    return m.group(2);
                }
            }
            return null;
        }
    }

    /** @param raw the message as ISO-8859-1, so every byte survives until a part's charset is known */
    static String read(String raw) {
        Part message = parse(raw);
        StringBuilder text = new StringBuilder();
        for (String h : new String[] {"subject", "from", "to", "cc"}) {
            if (!message.header(h).isBlank()) {
                text.append(decodeWords(message.header(h))).append('\n');
            }
        }
        String plain = body(message, false, 0);
        text.append('\n').append(plain.isBlank() ? body(message, true, 0) : plain);
        return text.toString();
    }

    static boolean looksLikeMail(String raw) {
        Part p = parse(raw);
        return p.headers().containsKey("from") || p.headers().containsKey("subject") || p.headers().containsKey("mime-version");
    }

    private static Part parse(String raw) {
        String text = raw.replace("\r\n", "\n");
        int end = text.indexOf("\n\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 2);
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (String line : head.split("\n")) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(0)) && last != null) {
                headers.merge(last, " " + line.trim(), String::concat);
            } else if (line.indexOf(':') > 0) {
                last = line.substring(0, line.indexOf(':')).trim().toLowerCase(Locale.ROOT);
                headers.putIfAbsent(last, line.substring(line.indexOf(':') + 1).trim());
            }
        }
        return new Part(headers, body);
    }

    private static String body(Part part, boolean html, int depth) {
        String type = part.mediaType();
        if (type.startsWith("multipart/") && part.param("boundary") != null && depth < MAX_DEPTH) {
            StringBuilder out = new StringBuilder();
            String[] pieces = ("\n" + part.body()).split("\n--" + Pattern.quote(part.param("boundary")));
            for (int i = 1; i < pieces.length; i++) {
                if (!pieces[i].startsWith("--")) {
                    int nl = pieces[i].indexOf('\n');
                    out.append(body(parse(nl < 0 ? "" : pieces[i].substring(nl + 1)), html, depth + 1));
                }
            }
            return out.toString();
        }
        if (part.header("content-disposition").toLowerCase(Locale.ROOT).startsWith("attachment")) {
            return "";
        }
        if (type.equals(html ? "text/html" : "text/plain")) {
            String decoded = decode(part.body(), part.header("content-transfer-encoding"), part.param("charset"));
            return (html ? decoded.replaceAll("(?s)<(script|style).*?</\\1>", " ").replaceAll("<[^>]+>", " ") : decoded) + "\n";
        }
        return "";
    }

    private static String decode(String body, String transfer, String charset) {
        byte[] bytes = switch (transfer.trim().toLowerCase(Locale.ROOT)) {
            case "base64" -> Base64.getMimeDecoder().decode(body.trim());
            case "quoted-printable" -> quotedPrintable(body, false);
            default -> body.getBytes(StandardCharsets.ISO_8859_1);
        };
        return new String(bytes, charset(charset));
    }

    private static byte[] quotedPrintable(String s, boolean underscoreIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        String text = s.replace("=\n", "");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '=' && i + 2 < text.length() + 0 && isHex(text, i + 1)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                out.write(underscoreIsSpace && c == '_' ? ' ' : c);
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String s, int at) {
        return at + 1 < s.length() && Character.digit(s.charAt(at), 16) >= 0 && Character.digit(s.charAt(at + 1), 16) >= 0;
    }

    /** RFC 2047 encoded words in a header ({@code =?UTF-8?B?...?=}). */
    private static String decodeWords(String header) {
        Matcher m = ENCODED_WORD.matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            byte[] bytes = m.group(2).equalsIgnoreCase("B") ? Base64.getMimeDecoder().decode(m.group(3))
                    : quotedPrintable(m.group(3), true);
            m.appendReplacement(out, Matcher.quoteReplacement(new String(bytes, charset(m.group(1)))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Charset charset(String name) {
        try {
            return name == null || name.isBlank() ? StandardCharsets.US_ASCII : Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            return StandardCharsets.ISO_8859_1;
        }
    }
}
