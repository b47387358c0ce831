package cn.xixian.alliance.core.registry;

import jakarta.validation.constraints.Size;
import java.util.List;

/** The member's party branch (党支部): its secretary (书记) and members. */
public record PartyBranch(
        @Size(max = 100) String name,
        @Size(max = 60) String secretary,
        List<@Size(max = 60) String> members) {

    public PartyBranch {
        members = members == null ? List.of() : List.copyOf(members);
    }
}
