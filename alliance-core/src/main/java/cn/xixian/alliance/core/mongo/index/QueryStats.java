package cn.xixian.alliance.core.mongo.index;

import de.bwaldvogel.mongo.bson.Document;

/** How one query was answered: the plan, and how many index keys and documents it examined. */
final class QueryStats {

    String stage = "COLLSCAN";
    String indexName;
    Document keyPattern;
    long keysExamined;
    long docsExamined;
}
