package cn.fanxiao.enforcement.process;

import org.springframework.stereotype.Component;

import cn.fanxiao.accounts.Jurisdictions;

/**
 * Gateway condition after step 2: a fine needs a local legal basis and penalty power (legal-process.md §1.3).
 * Read when the gateway is reached, not when the case opened, so a changed setting applies to running cases.
 */
@Component
public class FineAllowed {

    private final Jurisdictions jurisdictions;

    public FineAllowed(Jurisdictions jurisdictions) {
        this.jurisdictions = jurisdictions;
    }

    public boolean inTownship(String townshipCode) {
        return jurisdictions.settingsFor(townshipCode).fineAllowed();
    }
}
