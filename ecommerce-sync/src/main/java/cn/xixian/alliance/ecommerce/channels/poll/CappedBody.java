package cn.xixian.alliance.ecommerce.channels.poll;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A store's order API answer, read up to a limit: the URL is set by a coordinator and the server at the other end
 * is not ours, so an endless or huge answer ends the poll round (an error, retried next round) instead of the heap.
 * A page of orders is a few hundred kilobytes.
 */
final class CappedBody {

    static final int MAX_BYTES = 16 * 1024 * 1024;

    private CappedBody() {
    }

    static String read(InputStream body, int maxBytes, String storeCode) throws IOException {
        try (InputStream in = body) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new IOException("order API of " + storeCode + " answered more than " + maxBytes + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
