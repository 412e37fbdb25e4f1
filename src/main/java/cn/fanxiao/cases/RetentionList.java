package cn.fanxiao.cases;

/** 红名单 (unstable) / 白名单 (stable) after return. */
public enum RetentionList {
    RED, WHITE
}
