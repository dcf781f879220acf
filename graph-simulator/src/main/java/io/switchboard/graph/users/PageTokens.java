package io.switchboard.graph.users;

import io.switchboard.graph.common.GraphException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Opaque $skiptoken values for list pages: the creation sequence of the last entity on the previous page. */
public final class PageTokens {

    private PageTokens() {
    }

    public static String encode(long lastSeq) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("s" + lastSeq).getBytes(StandardCharsets.UTF_8));
    }

    public static long decode(String token) {
        if (token == null || token.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return Long.parseLong(text.substring(1));
        } catch (RuntimeException e) {
            throw GraphException.badRequest("Invalid $skiptoken value.");
        }
    }

    public static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** $top as Graph validates it for directory lists: 1..999. */
    public static int top(Integer top, int defaultSize) {
        if (top == null) {
            return defaultSize;
        }
        if (top < 1 || top > 999) {
            throw new GraphException(400, "Request_BadRequest", "Invalid page size specified: '" + top + "'. Must be between 1 and 999 inclusive.");
        }
        return top;
    }
}
