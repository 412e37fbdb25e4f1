package cn.fanxiao.documents;

import java.util.List;

import cn.fanxiao.accounts.CurrentUser;

/** The register of document numbers (文号) an issuing body allocated, for legal staff and auditors. */
public interface DocumentNumbers {

    /**
     * The numbers of {@code issuerCode} in {@code year} that were allocated and never used, each with its reason.
     *
     * @throws cn.fanxiao.shared.NotFoundException if the issuing body is outside the user's jurisdiction
     */
    List<VoidedDocumentNumber> voided(String issuerCode, int year, CurrentUser user);
}
