package cn.xixian.alliance.core.photos;

import cn.xixian.alliance.core.photos.persistence.PhotoStore;
import cn.xixian.alliance.core.security.CurrentUser;
import cn.xixian.alliance.core.web.ConflictException;
import cn.xixian.alliance.core.web.InvalidInputException;
import cn.xixian.alliance.core.web.NotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Proof-of-delivery and field-visit photos. Only JPEG and PNG, told by their first bytes (never by the header
 * the client sent), at most {@link PhotoProperties#maxSize()}: anything else is 400. Which photos a caller may
 * add or read is the owning feature's check, done before it calls here.
 */
@Service
public class Photos {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final PhotoStore store;
    private final PhotoProperties properties;
    private final CurrentUser currentUser;
    private final Clock clock;

    Photos(PhotoStore store, PhotoProperties properties, CurrentUser currentUser, Optional<Clock> clock) {
        this.store = store;
        this.properties = properties;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The photo's bytes and type, read whole (they are small: at most the configured size). */
    public record Image(Photo photo, byte[] bytes) {
    }

    public long maxBytes() {
        return properties.maxSize().toBytes();
    }

    public int maxPerItem() {
        return properties.maxPerItem();
    }

    /**
     * Stores a photo of an owner. {@code key} (a scoped idempotency key, or null) is kept in the photo's own
     * GridFS file document, unique: sending the same photo again answers with the first one.
     */
    public Photo add(String ownerKind, String ownerId, InputStream in, String key) throws IOException {
        if (key != null) {
            Optional<Photo> first = store.byKey(key);
            if (first.isPresent()) {
                return first.get();
            }
        }
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes() + 1));
        if (bytes.length > maxBytes()) {
            throw new InvalidInputException("file", "is larger than " + maxBytes() + " bytes");
        }
        String type = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : null;
        if (type == null) {
            throw new InvalidInputException("file", "is not a JPEG or PNG image");
        }
        if (store.count(ownerKind, ownerId) >= maxPerItem()) {
            throw new ConflictException("at most " + maxPerItem() + " photos each");
        }
        Photo photo = new Photo(null, ownerKind, ownerId, type, bytes.length, clock.instant(), currentUser.username());
        return store.insert(photo, bytes, key);
    }

    public Image read(String ownerKind, String ownerId, String photoId) {
        return store.read(photoId).filter(i -> i.photo().ownerKind().equals(ownerKind)
                && i.photo().ownerId().equals(ownerId)).orElseThrow(() -> new NotFoundException("photo", photoId));
    }

    /**
     * Writes the image as it was stored, typed {@code image/jpeg} or {@code image/png} with no charset (the app
     * forces UTF-8 on every response otherwise), never cached by shared caches.
     */
    public static void write(Image image, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        response.setCharacterEncoding((String) null);
        response.setContentType(image.photo().contentType());
        response.setHeader("Cache-Control", "private, no-cache");
        response.setContentLength(image.bytes().length);
        response.getOutputStream().write(image.bytes());
    }

    public List<Photo> of(String ownerKind, String ownerId) {
        return store.list(ownerKind, ownerId);
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
