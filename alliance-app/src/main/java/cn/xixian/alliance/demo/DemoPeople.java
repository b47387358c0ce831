package cn.xixian.alliance.demo;

import cn.xixian.alliance.core.registry.HouseholdRequest;
import cn.xixian.alliance.core.registry.HouseholdService;
import cn.xixian.alliance.core.registry.JointMeeting;
import cn.xixian.alliance.core.registry.JointMeetingService;
import cn.xixian.alliance.core.registry.Member;
import cn.xixian.alliance.core.registry.Orchard;
import cn.xixian.alliance.core.registry.Technician;
import cn.xixian.alliance.core.registry.TechnicianService;
import cn.xixian.alliance.core.security.Role;
import cn.xixian.alliance.core.security.UserAccountService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * People of the demo county: technicians of the red-steward network, contracted households (a
 * configurable share poverty-registered, one in five a demonstration household), the joint
 * meetings of the year, and the demo logins of the README.
 */
@Component
class DemoPeople {

    private static final String[] MATTERS = {"统一采购有机肥", "制定玉露香梨分级标准", "冷库资源统一调度", "开展疏花疏果培训",
            "红色订单签约动员", "832平台上架新品", "红色快递线路优化", "病虫害统防统治", "电商服务站人员培训", "果袋集中配送",
            "淡季并库降本", "品牌包装统一设计"};

    private final TechnicianService technicians;
    private final HouseholdService households;
    private final JointMeetingService meetings;
    private final UserAccountService users;

    DemoPeople(TechnicianService technicians, HouseholdService households, JointMeetingService meetings,
            UserAccountService users) {
        this.technicians = technicians;
        this.households = households;
        this.meetings = meetings;
        this.users = users;
    }

    /**
     * Every random value is drawn whether or not the record exists, so a load cut off half-way
     * finishes next time with exactly the records a single run would have made.
     */
    void load(DemoRegistry.County county, DemoProperties properties) {
        Random random = new Random(properties.seed() + 1);
        List<Member> villages = county.villages();
        List<String> technicianIds = new ArrayList<>();
        for (int i = 0; i < properties.technicians(); i++) {
            List<String> served = List.of(villages.get(i % villages.size()).id(), villages.get((i + 7) % villages.size()).id());
            Technician technician = new Technician(null, "TECH-%03d".formatted(i + 1), DemoNames.person(random),
                    DemoNames.phone(random), i % 3 == 0 ? "病虫害防治" : "整形修剪与花果管理", true, served);
            technicianIds.add(technicians.findByCode(technician.code()).orElseGet(() -> technicians.create(technician)).id());
        }
        for (int i = 0; i < properties.households(); i++) {
            Member cooperative = county.cooperatives().get(i % county.cooperatives().size());
            double area = Math.round((2 + random.nextDouble() * 13) * 10) / 10.0;
            String code = "HH-%04d".formatted(i + 1);
            List<Orchard> orchards = List.of(new Orchard(code + "-1", area,
                    DemoRegistry.round(cooperative.lat() + random.nextGaussian() * 0.005),
                    DemoRegistry.round(cooperative.lon() + random.nextGaussian() * 0.005)));
            HouseholdRequest household = new HouseholdRequest(code, DemoNames.person(random), cooperative.villageId(),
                    cooperative.id(), area, random.nextDouble() < properties.povertyShare(), i % 5 == 0,
                    technicianIds.isEmpty() ? null : technicianIds.get(i % technicianIds.size()), DemoNames.phone(random),
                    orchards);
            if (households.findByCode(code).isEmpty()) {
                households.create(household);
            }
        }
        loadMeetings(random, county);
        loadUsers(county);
    }

    /** 23 joint meetings deciding 33 matters, as the alliance reported for a year. */
    private void loadMeetings(Random random, DemoRegistry.County county) {
        int matterCount = 0;
        for (int m = 0; m < 23; m++) {
            int matters = m < 10 ? 2 : 1;
            List<JointMeeting.Matter> agreed = new ArrayList<>();
            for (int k = 0; k < matters; k++, matterCount++) {
                JointMeeting.Status status = JointMeeting.Status.values()[Math.min(2, (23 - m) / 8)];
                agreed.add(new JointMeeting.Matter(MATTERS[matterCount % MATTERS.length],
                        county.cooperatives().get(random.nextInt(county.cooperatives().size())).id(),
                        LocalDate.of(2026, 1, 15).plusDays(m * 15L + 30), status));
            }
            List<String> attendees = List.of(county.villages().get(m % county.villages().size()).id(),
                    county.cooperatives().get(m % county.cooperatives().size()).id());
            JointMeeting meeting = new JointMeeting(null, LocalDate.of(2026, 1, 10).plusDays(m * 15L),
                    "第" + (m + 1) + "次党建联盟联席会议", "隰县电商服务中心", attendees, agreed);
            if (meetings.findByTitle(meeting.title()).isEmpty()) {
                meetings.create(meeting);
            }
        }
    }

    /** The demo logins of the README; every password is "demo", hashed once (bcrypt is slow on purpose). */
    private void loadUsers(DemoRegistry.County county) {
        String hash = users.hash("demo");
        users.save("coordinator", hash, Set.of(Role.COORDINATOR), null);
        users.save("dispatcher", hash, Set.of(Role.DISPATCHER), null);
        users.save("store", hash, Set.of(Role.STORE_INTEGRATION), null);
        for (int i = 0; i < county.cooperatives().size(); i++) {
            users.save("coop-%03d".formatted(i + 1), hash, Set.of(Role.COOPERATIVE), county.cooperatives().get(i).id());
        }
    }
}
