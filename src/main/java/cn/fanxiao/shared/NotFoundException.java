package cn.fanxiao.shared;

/** Not there, or outside the user's jurisdiction (the two are deliberately indistinguishable): 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
