package com.nexuscrm.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The one error shape of the API, {@code {"code","message"}}, for every status: Javalin's handlers use
 * {@link #codeFor}, and Jetty's own answers (a malformed request line, headers too large) go through this
 * error handler instead of Jetty's HTML pages.
 */
final class ApiErrors extends ErrorHandler {
    static String codeFor(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 410 -> "RESYNC_REQUIRED";
            case 413 -> "TOO_LARGE";
            case 414 -> "URI_TOO_LONG";
            case 426 -> "UPGRADE_REQUIRED";
            case 429 -> "TOO_MANY_REQUESTS";
            case 431 -> "HEADERS_TOO_LARGE";
            case 503 -> "UNAVAILABLE";
            default -> status >= 500 ? "SERVER_ERROR" : "ERROR";
        };
    }

    /** Where the JSON went wrong, in words, without the server's class names. */
    static String malformed(com.fasterxml.jackson.core.JacksonException e) {
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
        String field = e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()
                ? " in field '" + m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                        .collect(java.util.stream.Collectors.joining(".")) + "'" : "";
        return "The request body is not valid JSON for this endpoint" + where + field + ". See docs/sync.md for its shape.";
    }

    static String json(int status, String message) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("code", codeFor(status));
        body.put("message", sentence(status, message));
        return body.toString();
    }

    private static String sentence(int status, String reason) {
        return switch (status) {
            case 413 -> "The request is larger than this server accepts.";
            case 414 -> "The request address is too long.";
            case 431 -> "The request headers are too large.";
            case 404 -> "No such endpoint.";
            default -> status >= 500 ? "The team server could not handle this request; it was logged."
                    : "The request is malformed" + (reason == null || reason.isBlank() || reason.equalsIgnoreCase("Bad Request")
                            ? "." : ": " + reason + ".");
        };
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(json(status, reason).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        response.setContentType("application/json");
        response.getWriter().write(json(code, message));
        baseRequest.setHandled(true);
    }
}
