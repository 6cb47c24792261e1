package app.dossier.domain.guidance;

import app.dossier.domain.Evidence;
import app.dossier.domain.EvidenceCategory;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises evidence by words in its caption, file name and original name, in English,
 * Vietnamese and Chinese, together with its category and media type.
 *
 * <p>Rules, by category (text is the caption, original name and file name without its folder, NFC,
 * lower case; "-", "_" and "." read as spaces):
 * <ul>
 * <li>AGREEMENT: sample words and confirm words together → SAMPLE_CONFIRMATION and CHAT; sample
 * words alone → SAMPLE_PHOTO; chat or screenshot words, a confirm word, or a text export
 * (text/plain, text/csv, text/html) → CHAT; contract words, or terms words with a confirm word →
 * CONTRACT.</li>
 * <li>CONFIRMATION: confirm words → FACTORY_CONFIRMATION; summary words → ORDER_SUMMARY; order
 * words → ORDER_PAGE; contract words (or terms with confirm) → CONTRACT; a file with none of these
 * is taken to be the order page, since that is what this folder is for.</li>
 * <li>RECEIVING: any picture → RECEIVING_PHOTO.</li>
 * </ul>
 * Diacritics matter: "mẫu" (sample) is not "màu" (colour). A confirm word preceded by a negation
 * or a request ("chưa xác nhận", "未确认", "请确认", "please confirm") does not count.
 */
final class KeywordClassifier implements EvidenceClassifier {
    static final List<String> SAMPLE = List.of("sample", "mẫu", "样品", "样板", "打样", "样衣", "小样", "样本");
    static final List<String> CONFIRM = List.of("confirm", "xác nhận", "确认", "确定", "chốt", "đồng ý", "同意",
            "没问题", "approv", "duyệt");
    static final List<String> NOT_CONFIRMED = List.of("not yet confirmed", "not confirmed", "unconfirmed",
            "please confirm", "asked to confirm", "asking to confirm", "awaiting confirmation",
            "waiting for confirmation", "to be confirmed", "no confirmation", "chưa được xác nhận", "chưa xác nhận",
            "không xác nhận", "chờ xác nhận", "đợi xác nhận", "nhờ xác nhận", "yêu cầu xác nhận", "đề nghị xác nhận",
            "chưa chốt", "chưa đồng ý", "chưa duyệt", "未确认", "没确认", "没有确认", "不确认", "请确认", "待确认",
            "等确认", "等待确认", "不确定", "不同意");
    static final List<String> CHAT = List.of("chat", "wechat", "weixin", "zalo", "whatsapp", "tin nhắn", "nhắn tin",
            "trò chuyện", "hội thoại", "聊天", "微信", "旺旺", "对话", "消息", "screenshot", "chụp màn hình", "截图",
            "截屏");
    static final List<String> ORDER = List.of("order", "đơn hàng", "chi tiết đơn", "trang đơn", "订单", "1688");
    static final List<String> SUMMARY = List.of("summary", "tóm tắt", "tổng hợp", "摘要", "汇总");
    static final List<String> CONTRACT = List.of("contract", "hợp đồng", "合同", "协议");
    static final List<String> TERMS = List.of("terms", "điều khoản", "条款");
    private static final Set<String> TEXT_EXPORTS = Set.of("text/plain", "text/csv", "text/html");
    private static final Set<String> PICTURE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "heic", "bmp");

    @Override
    public Set<EvidenceRole> rolesOf(Evidence evidence) {
        String text = words(evidence);
        String affirmed = withoutNegations(text);
        boolean sample = any(text, SAMPLE);
        boolean confirm = any(affirmed, CONFIRM);
        boolean contract = any(text, CONTRACT) || (any(text, TERMS) && confirm);
        Set<EvidenceRole> roles = EnumSet.noneOf(EvidenceRole.class);
        EvidenceCategory category = evidence.category();
        if (category == EvidenceCategory.AGREEMENT) {
            if (sample) {
                roles.add(confirm ? EvidenceRole.SAMPLE_CONFIRMATION : EvidenceRole.SAMPLE_PHOTO);
            }
            if (confirm || any(text, CHAT) || TEXT_EXPORTS.contains(mediaType(evidence))) {
                roles.add(EvidenceRole.CHAT);
            }
            if (contract) {
                roles.add(EvidenceRole.CONTRACT);
            }
        } else if (category == EvidenceCategory.CONFIRMATION) {
            if (confirm) {
                roles.add(EvidenceRole.FACTORY_CONFIRMATION);
            }
            if (any(text, SUMMARY)) {
                roles.add(EvidenceRole.ORDER_SUMMARY);
            }
            if (contract) {
                roles.add(EvidenceRole.CONTRACT);
            }
            if (any(text, ORDER) || roles.isEmpty()) {
                roles.add(EvidenceRole.ORDER_PAGE);
            }
        } else if (category == EvidenceCategory.RECEIVING && isPicture(evidence)) {
            roles.add(EvidenceRole.RECEIVING_PHOTO);
        }
        return roles;
    }

    static boolean isPicture(Evidence evidence) {
        String type = mediaType(evidence);
        if (!type.isEmpty()) {
            return type.startsWith("image/");
        }
        String name = evidence.fileName().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PICTURE_EXTENSIONS.contains(name.substring(dot + 1));
    }

    private static String mediaType(Evidence evidence) {
        return evidence.mediaType() == null ? "" : evidence.mediaType().toLowerCase(Locale.ROOT).strip();
    }

    /** Caption and names as one lower-case NFC text, with separators of file names read as spaces. */
    static String words(Evidence evidence) {
        StringBuilder all = new StringBuilder();
        // the file's own name only: its folder ("Chat and agreements/") would match every file
        for (String part : new String[] {evidence.caption(), evidence.originalName(), evidence.fileName()}) {
            if (part != null) {
                all.append(' ').append(part);
            }
        }
        String nfc = Normalizer.normalize(all.toString(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return nfc.replace('-', ' ').replace('_', ' ').replace('.', ' ').replace('/', ' ');
    }

    private static String withoutNegations(String text) {
        String left = text;
        for (String negation : NOT_CONFIRMED) {
            left = left.replace(negation, " ");
        }
        return left;
    }

    private static boolean any(String text, List<String> keywords) {
        for (String k : keywords) {
            if (text.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
