package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.bson.Document;

/** A collection that can say how it answers a query, and count the documents its queries read. */
public interface ExplainableCollection {

    /** Runs the query and describes it like MongoDB's {@code explain} at "executionStats" verbosity. */
    Document explain(Document query, Document orderBy, int skip, int limit);

    /** Documents read by this collection's queries since it was opened (a scan reads all of them). */
    long documentsExamined();
}
