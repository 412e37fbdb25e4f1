package cn.fanxiao.deadlines;

/** 法定节假日 / 调休上班日. */
public enum DayKind {
    HOLIDAY, MAKEUP_WORKDAY
}
