package cn.xixian.alliance.core.photos;

import java.time.Instant;

/** A photo kept in MongoDB GridFS with what it belongs to ({@code ownerKind} STOP or VISIT and the owner's id). */
public record Photo(String id, String ownerKind, String ownerId, String contentType, long bytes, Instant at, String by) {
}
