package cn.fanxiao.shared;

/** The request clashes with the current state (a second open case, a step already passed): 409. */
public class ConflictException extends RuntimeException {

    private final String field;

    public ConflictException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
