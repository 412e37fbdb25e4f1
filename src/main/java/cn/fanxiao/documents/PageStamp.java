package cn.fanxiao.documents;

import java.util.Objects;

/**
 * What is printed on every page of an issued document besides its content: the short verification code and the
 * address where anyone holding the paper can check it ({@code /verify/{code}}), shown as text and as a QR code.
 */
public record PageStamp(String verificationCode, String verificationUrl) {

    public PageStamp {
        Objects.requireNonNull(verificationCode, "verificationCode");
        Objects.requireNonNull(verificationUrl, "verificationUrl");
        if (verificationCode.isBlank() || verificationUrl.isBlank()) {
            throw new IllegalArgumentException("a page stamp needs a verification code and URL");
        }
    }
}
