package app.dossier.domain;

/**
 * Who the buyer is and how to reach them, set once for the whole data folder and said on the first
 * page of every dispute packet. Every field is optional, one line of text; null when not given.
 *
 * @param name the buyer's own name ("Nguyễn Thị Mai")
 * @param company the buyer's company ("Công ty TNHH Mai Home")
 * @param contact how to reach the buyer: a phone number, an e-mail, as typed
 * @param memberName the buyer's member name on 1688 (会员名), which the factory sees on the order
 * @param wechatId the buyer's WeChat ID
 */
public record BusinessProfile(String name, String company, String contact, String memberName, String wechatId) {

    /** No profile: nothing given yet, or everything cleared. */
    public static BusinessProfile empty() {
        return new BusinessProfile(null, null, null, null, null);
    }

    /** True when no field holds anything but spaces. */
    public boolean isEmpty() {
        return Text.clean(name) == null && Text.clean(company) == null && Text.clean(contact) == null
                && Text.clean(memberName) == null && Text.clean(wechatId) == null;
    }

    /** The profile as it is kept: each field trimmed and NFC-normalized ({@link Text#clean}), blank as null. */
    public BusinessProfile cleaned() {
        return new BusinessProfile(Text.clean(name), Text.clean(company), Text.clean(contact), Text.clean(memberName),
                Text.clean(wechatId));
    }
}
