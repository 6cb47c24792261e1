package app.dossier.packet;

import app.dossier.domain.DisputeStatus;
import app.dossier.domain.EvidenceCategory;
import app.dossier.domain.Language;
import app.dossier.domain.PackagingCondition;
import app.dossier.domain.PaymentCovers;

/** The packet's words in Chinese and the buyer's language, side by side or one over the other. */
final class Labels {
    /** Between the Chinese and the buyer's words. A middle dot would take a full-width glyph in a CJK font. */
    static final String SEP = " / ";

    private final Language buyer;

    Labels(Language buyer) {
        this.buyer = buyer;
    }

    Language buyer() {
        return buyer;
    }

    boolean bilingual() {
        return buyer != Language.CHINESE;
    }

    String zh(Label label) {
        return label.in(Language.CHINESE);
    }

    String mine(Label label) {
        return label.in(buyer);
    }

    /** "处理记录 / Diễn biến" */
    String both(Label label) {
        return bilingual() ? zh(label) + SEP + mine(label) : zh(label);
    }

    /** Chinese on the first line, the buyer's language on the second: for table headers. */
    String stacked(Label label) {
        return bilingual() ? zh(label) + "\n" + mine(label) : zh(label);
    }

    String category(EvidenceCategory category) {
        String zh = switch (category) {
            case AGREEMENT -> "聊天记录与约定";
            case CONFIRMATION -> "订单与确认";
            case PAYMENT -> "付款凭证";
            case RECEIVING -> "收货与质检";
        };
        String mine = switch (buyer) {
            case CHINESE -> zh;
            case ENGLISH -> category.folderName();
            case VIETNAMESE -> switch (category) {
                case AGREEMENT -> "Trao đổi và thỏa thuận";
                case CONFIRMATION -> "Đơn hàng và xác nhận";
                case PAYMENT -> "Thanh toán";
                case RECEIVING -> "Nhận hàng và kiểm tra";
            };
        };
        return bilingual() ? zh + SEP + mine : zh;
    }

    String status(DisputeStatus status) {
        String zh = switch (status) {
            case DRAFT -> "草稿";
            case SENT -> "已发给工厂";
            case FACTORY_REPLIED -> "工厂已回复";
            case RESOLVED -> "已解决";
            case ESCALATED -> "已提交1688平台纠纷";
            case CLOSED -> "已结束";
        };
        String mine = switch (buyer) {
            case CHINESE -> zh;
            case ENGLISH -> switch (status) {
                case DRAFT -> "Draft";
                case SENT -> "Sent to the factory";
                case FACTORY_REPLIED -> "Factory replied";
                case RESOLVED -> "Resolved";
                case ESCALATED -> "Escalated to a 1688 dispute";
                case CLOSED -> "Closed";
            };
            case VIETNAMESE -> switch (status) {
                case DRAFT -> "Bản nháp";
                case SENT -> "Đã gửi xưởng";
                case FACTORY_REPLIED -> "Xưởng đã trả lời";
                case RESOLVED -> "Đã giải quyết";
                case ESCALATED -> "Đã khiếu nại lên 1688";
                case CLOSED -> "Đã đóng";
            };
        };
        return bilingual() ? zh + "\n" + mine : zh;
    }

    String covers(PaymentCovers covers) {
        return stacked(switch (covers) {
            case DEPOSIT -> Label.DEPOSIT;
            case BALANCE -> Label.BALANCE;
            case FULL -> Label.FULL;
            case OTHER -> Label.OTHER;
        });
    }

    String packaging(PackagingCondition condition) {
        return both(switch (condition) {
            case INTACT -> Label.INTACT;
            case SOME_DAMAGE -> Label.SOME_DAMAGE;
            case HEAVY_DAMAGE -> Label.HEAVY_DAMAGE;
        });
    }

    String messageHeading(Language language) {
        return both(switch (language) {
            case CHINESE -> Label.MESSAGE_CHINESE;
            case ENGLISH -> Label.MESSAGE_ENGLISH;
            case VIETNAMESE -> Label.MESSAGE_VIETNAMESE;
        });
    }

    /** "4 个文件 / 4 tệp" */
    String files(long count) {
        String zh = count + " 个文件";
        String mine = switch (buyer) {
            case CHINESE -> zh;
            case ENGLISH -> count == 1 ? "1 file" : count + " files";
            case VIETNAMESE -> count + " tệp";
        };
        return bilingual() ? zh + SEP + mine : zh;
    }

    String page(int number, int count) {
        String zh = String.format(Label.PAGE.in(Language.CHINESE), number, count);
        return bilingual() ? zh + SEP + String.format(Label.PAGE.in(buyer), number, count) : zh;
    }

    String hoursAfterArrival(String hours) {
        String zh = String.format(Label.HOURS_AFTER_ARRIVAL.in(Language.CHINESE), hours);
        return bilingual() ? zh + SEP + String.format(Label.HOURS_AFTER_ARRIVAL.in(buyer), hours) : zh;
    }
}
