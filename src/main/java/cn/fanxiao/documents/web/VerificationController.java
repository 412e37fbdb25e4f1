package cn.fanxiao.documents.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.fanxiao.documents.Notices;
import cn.fanxiao.documents.Verification;
import cn.fanxiao.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code /verify/{code}}: where the QR code on every page leads. Open to anyone holding the paper (no sign-in),
 * so it answers only with what identifies the document — number, type, issuer, date, hash, status — and nothing
 * about the child or the family.
 */
@RestController
@Tag(name = "文书验证", description = "凭页面上的验证码核验文书真伪（无需登录，不含个人信息）")
class VerificationController {

    private final Notices notices;

    VerificationController(Notices notices) {
        this.notices = notices;
    }

    @GetMapping("/verify/{code}")
    @Operation(summary = "核验文书：文号、文书类型、签发机关、日期、SHA-256 及是否仍然有效")
    Verification verify(@PathVariable String code) {
        return notices.verify(code).orElseThrow(() -> new NotFoundException("未找到该验证码对应的文书：" + code));
    }
}
