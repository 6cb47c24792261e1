package app.dossier.domain;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Why a file someone brought in, or a text or number someone typed, cannot be kept or read, in
 * English with its values as {@code {0}},
 * {@code {1}}…; each is worded again in the window's other languages under {@code refusal.<name>}.
 * The command line prints the English.
 */
public enum Refusal {
    FILE_EMPTY("“{0}” is empty (0 bytes): there is nothing in it to keep."),
    NOT_A_JPEG("“{0}” is named as a JPEG photo but is not one."),
    NOT_A_JPEG_BUT_PDF("“{0}” is named as a JPEG photo but is not one (it is a PDF)."),
    NOT_A_JPEG_BUT_PNG("“{0}” is named as a JPEG photo but is not one (it is a PNG picture; rename it to .png)."),
    NOT_A_JPEG_BUT_ZIP("“{0}” is named as a JPEG photo but is not one (it is a zip or Office file)."),
    JPEG_CUT_OFF("“{0}” is cut off: the photo ends before its last byte."
            + " It may still be copying or downloading; try again when it is complete."),
    JPEG_DAMAGED("“{0}” is damaged: its content is not laid out as a JPEG photo's, so it cannot be shown."
            + " Copy it again from the phone or camera."),
    NOT_A_JPEG_BUT_HEIC("“{0}” is named as a JPEG photo but is not one (it is an iPhone HEIC photo; rename it to .heic)."),
    PICTURE_IMPOSSIBLE_SIZE("“{0}” says it is {1} × {2} pixels, which no photo or screenshot is;"
            + " it cannot be opened safely."),
    NOT_A_HEIC("“{0}” is named as a HEIC photo but is not one."),
    NOT_A_HEIC_BUT_JPEG("“{0}” is named as a HEIC photo but is not one (it is a JPEG photo; rename it to .jpg)."),
    HEIC_CUT_OFF("“{0}” is cut off: the photo ends before its last part."
            + " It may still be copying or downloading; try again when it is complete."),
    NOT_A_WEBP("“{0}” is named as a WebP picture but is not one."),
    WEBP_CUT_OFF("“{0}” is cut off: the picture ends before its last part."
            + " It may still be copying or downloading; try again when it is complete."),
    NOT_A_VIDEO("“{0}” is named as a video but is not one."),
    VIDEO_CUT_OFF("“{0}” is cut off: the video ends before its last part."
            + " It may still be copying or downloading; try again when it is complete."),
    NOT_A_PNG("“{0}” is named as a PNG picture but is not one."),
    NOT_A_PNG_BUT_PDF("“{0}” is named as a PNG picture but is not one (it is a PDF)."),
    NOT_A_PNG_BUT_JPEG("“{0}” is named as a PNG picture but is not one (it is a JPEG photo; rename it to .jpg)."),
    NOT_A_PNG_BUT_ZIP("“{0}” is named as a PNG picture but is not one (it is a zip or Office file)."),
    PNG_IMPOSSIBLE_SIZE("“{0}” says it is {1} × {2} pixels, which no photo or screenshot is;"
            + " it cannot be opened safely."),
    PNG_CUT_OFF("“{0}” is cut off: the picture ends before its last part."
            + " It may still be copying or downloading; try again when it is complete."),
    NOT_A_FILE("“{0}” is not a file."),
    FILE_GONE("“{0}” is no longer there: {1}"),
    FILE_CHANGED_WHILE_COPIED("“{0}” changed while it was being copied. Wait until it is complete and try again."),
    FILE_GONE_WHILE_COPIED("“{0}” disappeared while it was being copied."),
    FILE_NOT_COPIED("Could not copy “{0}” into the case file: {1}"),
    FILE_UNREADABLE("“{0}” cannot be read ({1}). Another program may have it open and locked, or this account may"
            + " not be allowed to read it: close that program, or copy the file somewhere else, and try again."),
    DISK_FULL("The disk is full: “{0}” could not be copied into the case file, so nothing was changed."
            + " Free some space and try again."),
    CASE_FILES_GONE("The case files folder {0} is not there any more (a drive unplugged, or a network share that"
            + " dropped?), so nothing was changed. Connect it again and try once more; Dossier puts right at its"
            + " next start anything a change left unfinished."),
    DATA_FOLDER_READ_ONLY("The data folder {0} is read-only (a read-only disc or share, or no permission to write),"
            + " so nothing can be changed there. Copy it to a disk to work in it; everything can still be read."),

    IMPORT_FILE_EMPTY("{0} is empty."),
    IMPORT_FILE_TOO_LARGE("{0} is larger than 64 MB, too large for {1}."),
    IMPORT_FILE_GONE("{0} is not there any more: was it moved or deleted?"),
    IMPORT_FILE_UNREADABLE("{0} cannot be read ({1}). Another program may have it open and locked (close it in Excel"
            + " or WPS first), or this account may not be allowed to read it."),
    EXPORT_OLD_XLS("{0} is an old Excel 97–2003 workbook (.xls) or a workbook protected with a password."
            + " Open it in Excel or WPS, remove any password, save it as .xlsx and import that file."),
    EXPORT_NOT_A_WORKBOOK("{0} is not an Excel workbook: its content is not a zip archive, as every .xlsx is,"
            + " and it is not a table as text either. It may be damaged or a web page saved under that name."
            + " Download the export from 1688 again."),
    EXPORT_DAMAGED_WORKBOOK("{0} is damaged or not a complete .xlsx workbook, so nothing was imported."
            + " Download the export from 1688 again; if it opens in Excel or WPS, save it there as .xlsx and"
            + " try that file."),
    EXPORT_NOT_TEXT("{0} is neither an .xlsx workbook nor text in UTF-8 or GBK, so nothing was imported."
            + " Export the orders from 1688 as .xlsx and import that file."),
    EXPORT_NO_SHEET_WITH_COLUMNS("No sheet of {0} has the columns of a 1688 order export ({1}) in its first {2}"
            + " rows (sheets: {3}). Is this the order export from 1688 (买家中心 → 已买到的货品 → 导出订单)?"),
    EXPORT_TEXT_WITHOUT_COLUMNS("The first {0} rows of {1} do not have the columns of a 1688 order export ({2}),"
            + " read as {3}. Is this the order export from 1688? If it is, it may be in another encoding: open it"
            + " in Excel or WPS and save it as .xlsx, or as CSV UTF-8."),
    EXPORT_HEADER_LACKS_COLUMN("The header row (row {0} of {1}) lacks the column {2}, which Dossier needs;"
            + " nothing was imported. Export the orders again from 1688 (买家中心 → 订单导出) without removing"
            + " columns."),
    EXPORT_HEADER_LACKS_COLUMNS("The header row (row {0} of {1}) lacks the columns {2}, which Dossier needs;"
            + " nothing was imported. Export the orders again from 1688 (买家中心 → 订单导出) without removing"
            + " columns."),
    CSV_QUOTE_NOT_CLOSED("A quoted field that starts on row {0} is never closed, so the rest of the file cannot"
            + " be told apart. Save the file again from the spreadsheet program and try once more."),

    CHAT_NOT_TEXT("This file is not text in UTF-8 or GBK, so it is not a chat export Dossier can read."
            + " Dossier reads chats exported by MemoTrace (留痕) as CSV or TXT, and messages copied from WeChat"
            + " on a computer (select the messages, copy, paste): each message starts with a line giving the"
            + " sender and the time."),
    NOT_A_CHAT("This is not a chat Dossier can read. Dossier reads chats exported by MemoTrace (留痕) as CSV or"
            + " TXT, and messages copied from WeChat on a computer (select the messages, copy, paste): each"
            + " message starts with a line giving the sender and the time."),
    CHAT_EMPTY("The chat has no messages."),
    MEMOTRACE_EMPTY("The MemoTrace CSV export is empty."),
    MEMOTRACE_LACKS_COLUMN("This MemoTrace CSV export lacks the column {0}, so the chat was not imported."
            + " Export the chat again as CSV."),
    MEMOTRACE_LACKS_COLUMNS("This MemoTrace CSV export lacks the columns {0}, so the chat was not imported."
            + " Export the chat again as CSV."),
    MEMOTRACE_NO_TIME("Row {0} of the MemoTrace CSV export has no time that can be read (StrTime “{1}”),"
            + " so the chat was not imported."),
    MEMOTRACE_NOT_A_NUMBER("Row {0} of the MemoTrace CSV export has {1} “{2}”, which is not a number,"
            + " so the chat was not imported."),
    CHAT_TIME_DOES_NOT_EXIST("Line {0}: “{1}” is not a time that exists, so the chat was not imported."
            + " Was the file edited by hand?"),

    TEXT_TOO_LONG("{0} can be at most {1} characters long; this one has {2}. Shorten it."),
    TEXT_HAS_LINE_BREAK("{0} must fit on one line: remove the line break."),
    TEXT_HAS_CONTROL_CHARACTER("{0} contains an invisible control character (as pasted from some programs)."
            + " Type it again, or paste it as plain text."),

    PRODUCT_REQUIRED("Say what was ordered: the product is required."),
    UNIT_REQUIRED("Type the unit: pcs, sets, cartons…"),
    QUANTITY_NOT_POSITIVE("The quantity must be more than 0 (it was {0})."),
    UNIT_PRICE_REQUIRED("The unit price is required."),
    UNIT_PRICE_NEGATIVE("The unit price cannot be negative (it was {0})."),
    ORDER_DATE_REQUIRED("The order date is required."),
    CHANNEL_AND_KIND_REQUIRED("Say whether the order is on the platform or off it, and standard or OEM."),
    DEADLINE_BEFORE_ORDER_DATE("The delivery deadline {0} is before the order date {1}."),

    AMOUNT_REQUIRED("The amount paid is required."),
    AMOUNT_NOT_POSITIVE("The amount paid must be more than 0 (it was {0})."),
    PAYMENT_DATE_REQUIRED("The date of the payment is required."),
    RATE_NOT_POSITIVE("The rate must be more than 0 (it was {0} đồng for one {1})."),

    ARRIVAL_REQUIRED("When the goods arrived is required."),
    COUNT_NEGATIVE("A count cannot be negative (it was {0})."),
    TOO_MANY_PARCELS("No delivery has more than {0} parcels (it was {1}): check the number."),
    PACKAGING_CONDITION_REQUIRED("Choose how the cartons look: intact, some damage or heavy damage."),
    MORE_CHECKED_THAN_RECEIVED("More units were checked ({0}) than received ({1}). Check the numbers."),
    DEFECTIVE_NONE_CHECKED("{0} defective, but no units were checked. Write how many units you checked."),
    MORE_DEFECTIVE_THAN_CHECKED("More units are defective ({0}) than were checked ({1})."
            + " Count defects among the units you checked."),
    INSPECTION_BEFORE_ARRIVAL("The inspection ({0}) cannot be before the arrival ({1})."),
    NOTIFIED_BEFORE_ARRIVAL("The factory cannot have been told ({0}) before the goods arrived ({1})."),
    INSPECTOR_REQUIRED("Write who counted and checked the goods (the inspector's name)."),

    FACTORY_NAME_REQUIRED("The factory's name is required."),

    STEP_TIME_REQUIRED("Say when this step happened."),
    STEP_BEFORE_LAST("This step is dated {0}, before the last one ({1}). Check the date."),

    CATEGORY_REQUIRED("Say where the files go: agreement, confirmation, payment or receiving.");

    private final String english;

    Refusal(String english) {
        this.english = english;
    }

    /** The English pattern, {@code {0}} for the first value. */
    public String english() {
        return english;
    }

    /** This refusal with its values: the file's name first, as shown. */
    public Wording with(Object... values) {
        return new Wording(this, values);
    }

    /** A refusal and its values, in English or, through the window's texts, another language. */
    public record Wording(Refusal refusal, java.util.List<String> values) {
        Wording(Refusal refusal, Object[] values) {
            this(refusal, java.util.Arrays.stream(values).map(String::valueOf).toList());
        }

        public Wording {
            values = java.util.List.copyOf(values);
        }

        /** The key of its words in the window's other languages. */
        public String key() {
            return "refusal." + refusal.name();
        }

        public String english() {
            return new MessageFormat(refusal.english.replace("'", "''"), Locale.ROOT).format(values.toArray());
        }
    }
}
