package cn.xixian.alliance.core.registry.persistence;

import cn.xixian.alliance.core.persistence.PagedQueries;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.MemberKind;
import cn.xixian.alliance.core.web.PageResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Members as stored ({@code members}): the searches {@link MemberRepository}'s derived queries do not cover. */
@Component
public class MemberStore {

    private final PagedQueries pages;

    MemberStore(PagedQueries pages) {
        this.pages = pages;
    }

    /** Each criterion applies when not null/blank; {@code q} matches code or name, case-insensitive. */
    public PageResponse<Member> search(MemberKind kind, String q, Pageable page) {
        List<Criteria> filters = new ArrayList<>();
        if (kind != null) {
            filters.add(Criteria.where("kind").is(kind));
        }
        if (q != null && !q.isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(q.strip()), Pattern.CASE_INSENSITIVE);
            filters.add(new Criteria().orOperator(Criteria.where("code").regex(text), Criteria.where("name").regex(text)));
        }
        Query query = filters.isEmpty() ? new Query() : new Query(new Criteria().andOperator(filters));
        return pages.query(query, page, MemberDocument.class, "members", MemberDocument::toMember);
    }
}
