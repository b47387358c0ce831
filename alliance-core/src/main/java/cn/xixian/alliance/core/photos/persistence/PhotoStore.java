package cn.xixian.alliance.core.photos.persistence;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import cn.xixian.alliance.core.photos.Photo;
import cn.xixian.alliance.core.photos.Photos.Image;
import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import jakarta.annotation.PostConstruct;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Photos in the GridFS bucket {@code photos} ({@code photos.files}, {@code photos.chunks}). The file document
 * carries the owner and, when the upload had one, the idempotency key under a unique sparse index: the file
 * document is the photo's one atomic write, so a photo and its key exist together or not at all.
 */
@Component
public class PhotoStore {

    static final String BUCKET = "photos";

    private final MongoTemplate mongo;

    PhotoStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void indexes() {
        var files = mongo.getCollection(BUCKET + ".files");
        files.createIndex(Indexes.ascending("metadata.key"), new IndexOptions().unique(true).sparse(true).name("key"));
        files.createIndex(Indexes.ascending("metadata.ownerKind", "metadata.ownerId"), new IndexOptions().name("owner"));
    }

    public Photo insert(Photo photo, byte[] bytes, String key) {
        Document meta = new Document("ownerKind", photo.ownerKind()).append("ownerId", photo.ownerId())
                .append("contentType", photo.contentType()).append("by", photo.by());
        if (key != null) {
            meta.append("key", key);
        }
        ObjectId id = new ObjectId();
        try {
            bucket().uploadFromStream(new org.bson.BsonObjectId(id), photo.ownerKind() + "-" + photo.ownerId(),
                    new ByteArrayInputStream(bytes), new GridFSUploadOptions().metadata(meta));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY || key == null) {
                throw e;
            }
            mongo.getCollection(BUCKET + ".chunks").deleteMany(eq("files_id", id)); // this attempt's, never the first's
            return byKey(key).orElseThrow(() -> e);
        }
        return new Photo(id.toHexString(), photo.ownerKind(), photo.ownerId(), photo.contentType(), bytes.length,
                photo.at(), photo.by());
    }

    public Optional<Photo> byKey(String key) {
        return Optional.ofNullable(bucket().find(eq("metadata.key", key)).first()).map(PhotoStore::photo);
    }

    public long count(String ownerKind, String ownerId) {
        return mongo.getCollection(BUCKET + ".files")
                .countDocuments(and(eq("metadata.ownerKind", ownerKind), eq("metadata.ownerId", ownerId)));
    }

    public List<Photo> list(String ownerKind, String ownerId) {
        return bucket().find(and(eq("metadata.ownerKind", ownerKind), eq("metadata.ownerId", ownerId)))
                .sort(Sorts.ascending("uploadDate")).map(PhotoStore::photo).into(new ArrayList<>());
    }

    public Optional<Image> read(String photoId) {
        if (!ObjectId.isValid(photoId)) {
            return Optional.empty();
        }
        ObjectId id = new ObjectId(photoId);
        GridFSFile file = bucket().find(eq("_id", id)).first();
        if (file == null) {
            return Optional.empty();
        }
        var out = new java.io.ByteArrayOutputStream((int) file.getLength());
        bucket().downloadToStream(id, out);
        return Optional.of(new Image(photo(file), out.toByteArray()));
    }

    private static Photo photo(GridFSFile f) {
        Document m = f.getMetadata() == null ? new Document() : f.getMetadata();
        return new Photo(f.getObjectId().toHexString(), m.getString("ownerKind"), m.getString("ownerId"),
                m.getString("contentType"), f.getLength(), f.getUploadDate().toInstant(), m.getString("by"));
    }

    private GridFSBucket bucket() {
        return GridFSBuckets.create(mongo.getDb(), BUCKET);
    }
}
