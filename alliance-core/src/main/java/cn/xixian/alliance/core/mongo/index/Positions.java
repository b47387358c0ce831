package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;

/** A stored document's position, found by its unique indexes (as the backend does before removing it). */
final class Positions {

    private Positions() {
    }

    static <P> P of(IndexedCollection<P> collection, Document document) {
        for (Index<P> index : collection.getIndexes()) {
            if (index.isUnique()) {
                P position = index.getPosition(document);
                if (position != null) {
                    return position;
                }
            }
        }
        return null;
    }

    static <P> void removeFromSecondaryIndexes(IndexedCollection<P> collection, Document document, P position) {
        if (position == null) {
            return;
        }
        for (Index<P> index : collection.getIndexes()) {
            if (index instanceof SecondaryIndex<P> secondary) {
                secondary.removeEntries(document, position);
            }
        }
    }
}
