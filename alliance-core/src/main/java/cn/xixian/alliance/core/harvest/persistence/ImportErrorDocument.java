package cn.xixian.alliance.core.harvest.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One bad field of one imported row. The id is derived from (import, row, field), so a chunk
 * replayed after a crash records the same error once.
 */
@Document(ImportErrorDocument.COLLECTION)
public record ImportErrorDocument(@Id String id, String importId, long row, String field, String message) {

    public static final String COLLECTION = "harvest_import_errors";

    public static ImportErrorDocument of(String importId, long row, String field, String message) {
        return new ImportErrorDocument(importId + ":" + row + ":" + field, importId, row, field, message);
    }
}
