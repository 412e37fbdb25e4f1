package cn.fanxiao.shared.web;

/** A request body over the configured limit. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limitBytes) {
        super("请求内容超过 " + (limitBytes / 1024) + " KB 的上限");
    }
}
