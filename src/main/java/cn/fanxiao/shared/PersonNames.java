package cn.fanxiao.shared;

import java.util.regex.Pattern;

/**
 * The one rule for a person's name anywhere in Fanxiao (child, guardian, recipient, witness, officer): letters,
 * combining marks, the middle dot and spaces; no digits, symbols or markup.
 */
public final class PersonNames {

    public static final String INVALID = "姓名只能包含文字、间隔号“·”和空格，不能含数字、符号或标记";

    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\p{M}·・.\\s]+$");

    private PersonNames() {
    }

    public static boolean valid(String name) {
        return NAME.matcher(name.strip()).matches();
    }
}
