package app.dossier.packet;

import app.dossier.domain.Language;

/** Every fixed word of the packet, in Chinese, English and Vietnamese. */
enum Label {
    TITLE("争议材料", "Dispute packet", "Hồ sơ khiếu nại"),
    COVER("封面", "Cover", "Trang bìa"),
    GENERATED_ON("生成日期", "Generated on", "Ngày lập"),
    FACTORY("工厂", "Factory", "Xưởng"),
    ORDER("订单", "Order", "Đơn hàng"),
    ORDER_NUMBER("订单号", "Order number", "Số đơn hàng"),
    NO_ORDER_NUMBER("无订单号", "no order number", "không có số đơn"),
    PRODUCT("产品", "Product", "Sản phẩm"),
    ORDERED_ON("下单日期", "Ordered on", "Ngày đặt hàng"),
    AGREED_ON("约定日期", "Agreed on", "Ngày thỏa thuận"),
    NOT_RECORDED("未记录", "not recorded", "chưa ghi"),
    QUANTITY_PRICE("数量 × 单价", "Quantity × unit price", "Số lượng × đơn giá"),
    ORDER_TOTAL("订单总额", "Order total", "Tổng tiền đơn"),
    PAID("已付款", "Paid", "Đã thanh toán"),
    ARRIVED("到货时间", "Arrived", "Hàng về"),
    CLAIM("诉求", "The claim", "Nội dung khiếu nại"),
    NO_CLAIM("尚无可提出的诉求（未记录收货，或收货记录中没有短缺或不良）。",
            "No claim yet: nothing was counted on arrival, or nothing is short or defective.",
            "Chưa có nội dung khiếu nại: chưa kiểm đếm khi hàng về, hoặc không thiếu, không lỗi."),
    RESOLUTION("处理方案", "Proposed resolution", "Đề nghị giải quyết"),
    NO_RESOLUTION("尚未提出", "none proposed yet", "chưa đề nghị"),
    REFUND("部分退款", "Partial refund", "Hoàn tiền một phần"),
    REPLACEMENT("补发", "Replacement shipment", "Gửi bù hàng"),
    DISCOUNT("下一笔订单优惠", "Discount on the next order", "Giảm giá đơn hàng sau"),
    EVIDENCE("证据", "Evidence", "Bằng chứng"),
    ALL_EVIDENCE("四类证据均有文件。", "All four kinds of evidence have files.", "Cả bốn loại bằng chứng đều có tệp."),
    MISSING_EVIDENCE("缺少证据", "Missing evidence", "Thiếu bằng chứng"),
    MISSING_NOTE("此类没有任何文件。", "this packet has no file of this kind.", "hồ sơ không có tệp nào thuộc loại này."),
    MESSAGE("沟通消息", "The message", "Tin nhắn"),
    MESSAGE_CHINESE("中文（发给工厂）", "Chinese (sent to the factory)", "Tiếng Trung (gửi xưởng)"),
    MESSAGE_ENGLISH("英文", "English", "Tiếng Anh"),
    MESSAGE_VIETNAMESE("越南文", "Vietnamese", "Tiếng Việt"),
    NO_MESSAGE("尚未起草消息。", "No message drafted yet.", "Chưa soạn tin nhắn."),
    TIMELINE("处理记录", "Timeline", "Diễn biến"),
    NO_EVENTS("尚无记录。", "No steps recorded yet.", "Chưa có bước nào."),
    WHEN("时间", "When", "Thời gian"),
    STATUS("状态", "Status", "Trạng thái"),
    NOTE("说明", "Note", "Ghi chú"),
    FILES("文件", "Files", "Tệp"),
    NO_FILES_HERE("此类没有文件。", "No files in this category.", "Mục này không có tệp."),
    TAKEN("拍摄时间", "Taken", "Chụp lúc"),
    FILE("文件", "File", "Tệp"),
    SIZE("大小", "Size", "Dung lượng"),
    UNREADABLE("无法读取此图片", "This image cannot be read", "Không đọc được ảnh này"),
    NOT_FOUND("找不到此文件", "This file was not found", "Không tìm thấy tệp này"),
    OTHER_FILES("其他文件", "Other files", "Tệp khác"),
    CLOSE_UP("缺陷特写", "Close-up of the defect", "Cận cảnh chỗ lỗi"),
    PINNED("聊天中确认的关键消息", "Key messages in the chat", "Tin nhắn then chốt trong cuộc trò chuyện"),
    FROM_CHAT("摘自", "From", "Trích từ"),
    LEDGER("付款明细", "Payment ledger", "Bảng thanh toán"),
    DATE("日期", "Date", "Ngày"),
    AMOUNT("金额", "Amount", "Số tiền"),
    COVERS("用途", "Covers", "Khoản"),
    METHOD("方式", "Method", "Hình thức"),
    RATE("汇率", "Rate", "Tỷ giá"),
    IN_VND("折合越南盾", "In VND", "Quy ra VND"),
    ACKNOWLEDGED("工厂确认收款", "Acknowledged", "Xưởng xác nhận"),
    PAID_SO_FAR("累计已付", "Paid so far", "Đã trả"),
    OWED("尚欠", "Owed", "Còn nợ"),
    NOT_ACKNOWLEDGED("未确认", "not yet", "chưa"),
    NO_PAYMENTS("没有付款记录。", "No payments recorded.", "Chưa ghi nhận khoản thanh toán nào."),
    DEPOSIT("定金", "Deposit", "Đặt cọc"),
    BALANCE("尾款", "Balance", "Phần còn lại"),
    FULL("全款", "Full", "Toàn bộ"),
    OTHER("其他", "Other", "Khác"),
    RECEIVING_RECORD("收货记录", "Receiving record", "Biên bản nhận hàng"),
    NO_RECEIVING("尚未记录收货情况。", "Nothing recorded on arrival yet.", "Chưa có biên bản nhận hàng."),
    PARCELS("箱数（应到 / 实到）", "Parcels (expected / received)", "Số thùng (dự kiến / nhận)"),
    UNITS("数量（订购 / 实到）", "Units (ordered / received)", "Số lượng (đặt / nhận)"),
    SHORT("短缺", "Short", "Thiếu"),
    PACKAGING("包装状况", "Packaging", "Tình trạng bao bì"),
    INTACT("完好", "Intact", "Nguyên vẹn"),
    SOME_DAMAGE("部分损坏", "Some damage", "Hư hỏng một phần"),
    HEAVY_DAMAGE("严重损坏", "Heavy damage", "Hư hỏng nặng"),
    SAMPLED("抽检数量", "Units checked", "Số lượng kiểm"),
    DEFECTIVE("不良数量", "Defective", "Số lỗi"),
    DEFECT_NOTES("不良说明", "Defects", "Mô tả lỗi"),
    INSPECTED_BY("检验人", "Inspected by", "Người kiểm"),
    INSPECTED_AT("检验时间", "Inspected at", "Kiểm lúc"),
    FACTORY_NOTIFIED("通知工厂时间", "Factory told", "Báo xưởng lúc"),
    HOURS_AFTER_ARRIVAL("到货后 %s 小时", "%s h after arrival", "%s giờ sau khi hàng về"),
    APPENDIX("附录：文件清单", "Appendix: every file", "Phụ lục: danh sách tệp"),
    APPENDIX_NOTE("SHA-256 是每个文件的指纹：文件若有任何改动，指纹就会不同。",
            "SHA-256 is each file's fingerprint: if a file changes at all, its fingerprint changes.",
            "SHA-256 là dấu vân tay của từng tệp: tệp thay đổi dù chỉ một chút thì dấu vân tay cũng khác."),
    CATEGORY("类别", "Category", "Mục"),
    PAGE("第 %d 页，共 %d 页", "Page %d of %d", "Trang %d / %d");

    private final String chinese;
    private final String english;
    private final String vietnamese;

    Label(String chinese, String english, String vietnamese) {
        this.chinese = chinese;
        this.english = english;
        this.vietnamese = vietnamese;
    }

    String in(Language language) {
        return switch (language) {
            case CHINESE -> chinese;
            case ENGLISH -> english;
            case VIETNAMESE -> vietnamese;
        };
    }
}
