package cn.xixian.alliance.core.grading;

/** Grades of Yuluxiang pears. The codes are stable (contracts, chambers and SKUs refer to them). */
public enum Grade {
    SPECIAL("特级"),
    GRADE_1("一级"),
    GRADE_2("二级"),
    OFF_GRADE("等外");

    private final String zh;

    Grade(String zh) {
        this.zh = zh;
    }

    public String zh() {
        return zh;
    }
}
