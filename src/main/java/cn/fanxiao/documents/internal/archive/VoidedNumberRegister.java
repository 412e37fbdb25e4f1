package cn.fanxiao.documents.internal.archive;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.fanxiao.accounts.CurrentUser;
import cn.fanxiao.accounts.Jurisdictions;
import cn.fanxiao.documents.DocumentNumbers;
import cn.fanxiao.documents.DocumentType;
import cn.fanxiao.documents.VoidedDocumentNumber;
import cn.fanxiao.shared.NotFoundException;

/**
 * {@link DocumentNumbers}, scoped like cases: a school sees its own numbers, a township its own and its schools', the
 * county's staff every body's in the county (the bureau's own included).
 */
@Service
class VoidedNumberRegister implements DocumentNumbers {

    private final DocumentMapper mapper;
    private final Jurisdictions jurisdictions;

    VoidedNumberRegister(DocumentMapper mapper, Jurisdictions jurisdictions) {
        this.mapper = mapper;
        this.jurisdictions = jurisdictions;
    }

    @Override
    @Transactional(readOnly = true)
    public List<VoidedDocumentNumber> voided(String issuerCode, int year, CurrentUser user) {
        String code = issuerCode == null ? "" : issuerCode;
        boolean visible = jurisdictions.find(code).map(j -> user.canSee(j.countyCode(), j.code(), null))
                .or(() -> jurisdictions.school(code).map(s -> user.canSee(s.countyCode(), s.townshipCode(), s.code())))
                .orElse(false);
        if (!visible) {
            throw new NotFoundException("发文机关不存在：" + issuerCode);
        }
        return mapper.voidedNumbers(issuerCode, year).stream().map(v -> {
            DocumentType type = DocumentType.valueOf(v.docType());
            return new VoidedDocumentNumber(v.docNumber(), type, type.title(), v.docYear(), v.serial(), v.caseId(),
                    v.reason(), v.voidedBy(), v.voidedAt());
        }).toList();
    }
}
