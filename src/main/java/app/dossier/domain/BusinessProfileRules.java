package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What a business profile needs before it is kept: the one check the Settings dialog, the service and
 * {@code dossier profile} share.
 */
public final class BusinessProfileRules {
    private BusinessProfileRules() {
    }

    /** Everything wrong with {@code p} as typed, field by field; empty when it can be kept. Every field is optional. */
    public static List<FieldProblem> problems(BusinessProfile p) {
        List<FieldProblem> out = new ArrayList<>();
        FieldProblem.texts(out, Field.BUYER_NAME, p.name(), Field.BUYER_COMPANY, p.company(),
                Field.BUYER_CONTACT, p.contact(), Field.BUYER_MEMBER_NAME, p.memberName(),
                Field.BUYER_WECHAT_ID, p.wechatId());
        return out;
    }
}
