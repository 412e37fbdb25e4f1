package cn.fanxiao.documents;

import java.util.List;
import java.util.stream.Collectors;

import cn.fanxiao.shared.InvalidInputException;

/**
 * A document contains characters that no installed font can draw. Issuing stops rather than printing a blank or a
 * box where, say, a rare character of a guardian's name should be: a legal document with a vanished character names
 * the wrong person.
 */
public class UnrenderableCharacterException extends InvalidInputException {

    private final transient List<Integer> codePoints;

    public UnrenderableCharacterException(List<Integer> codePoints) {
        super("document", message(codePoints));
        this.codePoints = List.copyOf(codePoints);
    }

    /** The offending code points, in the order they first appear in the document. */
    public List<Integer> codePoints() {
        return codePoints;
    }

    private static String message(List<Integer> codePoints) {
        String named = codePoints.stream()
                .map(cp -> "“" + Character.toString(cp) + "”（" + String.format("U+%04X", cp) + "）")
                .collect(Collectors.joining("、"));
        return "无法排印字符" + named + "：已安装字体均无此字，请联系管理员添加字体";
    }
}
