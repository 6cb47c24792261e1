package app.dossier.domain;

import java.util.ArrayList;
import java.util.List;

/** What a factory needs before it is kept: the one check the factory form, the service and add-factory share. */
public final class FactoryRules {
    private FactoryRules() {
    }

    /** Everything wrong with {@code f} as typed, field by field; empty when it can be kept. */
    public static List<FieldProblem> problems(Factory f) {
        List<FieldProblem> out = new ArrayList<>();
        if (Text.isBlank(f.name())) {
            out.add(FieldProblem.of(Field.FACTORY_NAME, Refusal.FACTORY_NAME_REQUIRED));
        }
        FieldProblem.texts(out, Field.FACTORY_NAME, f.name(), Field.FACTORY_LATIN_NAME, f.latinName(),
                Field.SHOP_LINK, f.shopUrl(), Field.WECHAT_ID, f.wechatId(), Field.CONTACT, f.contact(),
                Field.FACTORY_NOTES, f.notes());
        return out;
    }
}
