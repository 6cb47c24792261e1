package app.dossier.domain;

import app.dossier.domain.words.Words;
import java.util.Arrays;
import java.util.List;

/**
 * Why a file someone brought in, or a text or number someone typed, cannot be kept or read, or why a
 * service refuses what was asked (an order number no order has, a backup that is damaged). Its
 * words are in every language's bundle under {@code refusal.<NAME>}, with its values as {@code {0}},
 * {@code {1}}… (see {@link Words}); the command line prints the English. A new refusal is a
 * constant here and its line in {@code app/dossier/words/words_en.properties}, {@code _vi} and {@code _zh}.
 */
public enum Refusal {
    FILE_EMPTY,
    NOT_A_JPEG,
    NOT_A_JPEG_BUT_PDF,
    NOT_A_JPEG_BUT_PNG,
    NOT_A_JPEG_BUT_ZIP,
    JPEG_CUT_OFF,
    JPEG_DAMAGED,
    NOT_A_JPEG_BUT_HEIC,
    PICTURE_IMPOSSIBLE_SIZE,
    NOT_A_HEIC,
    NOT_A_HEIC_BUT_JPEG,
    HEIC_CUT_OFF,
    NOT_A_WEBP,
    WEBP_CUT_OFF,
    NOT_A_VIDEO,
    VIDEO_CUT_OFF,
    NOT_A_PNG,
    NOT_A_PNG_BUT_PDF,
    NOT_A_PNG_BUT_JPEG,
    NOT_A_PNG_BUT_ZIP,
    PNG_IMPOSSIBLE_SIZE,
    PNG_CUT_OFF,
    NOT_A_FILE,
    FILE_GONE,
    FILE_CHANGED_WHILE_COPIED,
    FILE_GONE_WHILE_COPIED,
    FILE_NOT_COPIED,
    FILE_UNREADABLE,
    DISK_FULL,
    CASE_FILES_GONE,
    DATA_FOLDER_READ_ONLY,
    PRINT_FAILED,

    IMPORT_FILE_EMPTY,
    IMPORT_FILE_TOO_LARGE,
    IMPORT_FILE_GONE,
    IMPORT_FILE_UNREADABLE,
    EXPORT_OLD_XLS,
    EXPORT_NOT_A_WORKBOOK,
    EXPORT_DAMAGED_WORKBOOK,
    EXPORT_NOT_TEXT,
    EXPORT_NO_SHEET_WITH_COLUMNS,
    EXPORT_TEXT_WITHOUT_COLUMNS,
    EXPORT_HEADER_LACKS_COLUMN,
    EXPORT_HEADER_LACKS_COLUMNS,
    CSV_QUOTE_NOT_CLOSED,

    CHAT_NOT_TEXT,
    NOT_A_CHAT,
    CHAT_EMPTY,
    MEMOTRACE_EMPTY,
    MEMOTRACE_LACKS_COLUMN,
    MEMOTRACE_LACKS_COLUMNS,
    MEMOTRACE_NO_TIME,
    MEMOTRACE_NOT_A_NUMBER,
    CHAT_TIME_DOES_NOT_EXIST,

    TEXT_TOO_LONG,
    TEXT_HAS_LINE_BREAK,
    TEXT_HAS_CONTROL_CHARACTER,

    PRODUCT_REQUIRED,
    UNIT_REQUIRED,
    QUANTITY_NOT_POSITIVE,
    UNIT_PRICE_REQUIRED,
    UNIT_PRICE_NEGATIVE,
    ORDER_DATE_REQUIRED,
    CHANNEL_AND_KIND_REQUIRED,
    DEADLINE_BEFORE_ORDER_DATE,
    AMOUNT_REQUIRED,
    AMOUNT_NOT_POSITIVE,
    PAYMENT_DATE_REQUIRED,
    RATE_NOT_POSITIVE,
    ARRIVAL_REQUIRED,
    COUNT_NEGATIVE,
    TOO_MANY_PARCELS,
    PACKAGING_CONDITION_REQUIRED,
    MORE_CHECKED_THAN_RECEIVED,
    DEFECTIVE_NONE_CHECKED,
    MORE_DEFECTIVE_THAN_CHECKED,
    INSPECTION_BEFORE_ARRIVAL,
    NOTIFIED_BEFORE_ARRIVAL,
    ARRIVAL_NOT_IN_PHOTOS,
    PHOTO_TAKEN_BEFORE_ARRIVAL,
    INSPECTOR_REQUIRED,
    DEFECT_KIND_TWICE,
    DEFECT_COUNT_ZERO,
    DEFECT_MORE_THAN_DEFECTIVE,
    SHORT_COUNT_DIFFERS,
    DAMAGED_MORE_THAN_PARCELS,
    FACTORY_NAME_REQUIRED,
    STEP_TIME_REQUIRED,
    STEP_BEFORE_LAST,
    STEP_BEFORE_OPENED,
    STEP_IN_FUTURE,
    STEP_AFTER_NEXT,
    STEP_NOT_FOUND,
    STEP_OPENING_NOT_REMOVABLE,
    STEP_NEEDED_BY_NEXT,
    CATEGORY_REQUIRED,

    // the services'
    ORDER_NOT_FOUND,
    DISPUTE_NOT_FOUND,
    DISPUTE_ALREADY_OPEN,
    DISPUTE_RESOLUTION_REQUIRED,
    DISPUTE_OWN_COPY_NOT_CHINESE,
    PACKET_STOPPED,
    REPLY_DAYS_OUT_OF_RANGE,
    PACKET_LANGUAGE_CHINESE,
    FILE_NOT_IN_ORDER,
    FILE_NO_LONGER_IN_CASE,
    DEFECT_MARK_NOT_A_PICTURE,
    FILE_IS_PAYMENT_PROOF,
    FILE_IS_CHAT,
    FILE_IN_DISPUTE_STEP,
    FILE_NOT_ON_DISK,
    MOVE_PAYMENT_PROOF,
    MOVE_CHAT,
    MOVE_SAME_CATEGORY,
    TRASH_ENTRY_NOT_FOUND,
    TRASH_FILE_CHANGED,
    TRASH_ORDER_GONE,
    TRASH_NAME_TAKEN,
    TRASH_SAME_CONTENT,
    ORDER_ARCHIVED_ALREADY,
    ORDER_ARCHIVE_DISPUTE_OPEN,
    ORDER_NOT_ARCHIVED,
    FACTORY_ARCHIVED_ALREADY,
    FACTORY_ARCHIVE_DISPUTE_OPEN,
    FACTORY_NOT_ARCHIVED,
    MOVE_SAME_ORDER,
    MOVE_TO_ORDER_PAYMENT_PROOF,
    MOVE_TO_ORDER_CHAT,
    MOVE_TO_ORDER_DEFECT_PHOTO,
    MOVE_TO_ORDER_DISPUTE_STEP,
    MOVE_TO_ORDER_SAME_CONTENT,
    FOLDER_UNREADABLE,
    FACTORY_NOT_FOUND,
    FACTORY_AMBIGUOUS,
    CHAT_TOO_MANY_MESSAGES,
    CHAT_PASTE_NOT_SAVED,
    CHAT_MESSAGE_WITHOUT_TIME,
    CHAT_MESSAGE_WITHOUT_SENDER,
    CHAT_NOTHING_CONFIRMED,
    MESSAGE_NO_LONGER_IN_CASE,
    EXPORT_NOT_WRITTEN,
    EXPORT_FAILED,
    EXPORT_ORDER_FOLDER_MISSING,
    EXPORT_CASE_JSON_DIFFERS,
    EXPORT_FILE_MISSING,
    EXPORT_STOPPED,
    EXPORT_FILE_CHANGED,
    BACKUPS_FOLDER_UNREADABLE,
    BACKUP_INSIDE_CASE_FILES,
    TARGET_EXISTS,
    BACKUP_FAILED,
    BACKUP_STOPPED,
    BACKUP_NOT_WRITTEN,
    BACKUP_EVERY_NEGATIVE,
    BACKUP_KEEP_TOO_FEW,
    RESTORE_FOLDER_OPEN,
    RESTORE_NOT_A_BACKUP,
    RESTORE_BACKUP_DAMAGED,
    RESTORE_OCCUPIED,
    RESTORE_OCCUPIED_DATABASE,
    RESTORE_OCCUPIED_CASE_FILES,
    RESTORE_FAILED,
    RESTORE_STOPPED,
    RESTORE_UNKNOWN_ENTRY,
    BAG_MISSING,
    BAG_UNREADABLE,
    RESTORE_ENTRY_DAMAGED,
    RESTORE_ENTRY_POINTS_ELSEWHERE,
    RESTORE_ENTRY_UNSAFE,
    RESTORE_PUT_BACK,
    RESTORE_NOT_PUT_BACK,
    DATA_FOLDER_NAME_EMPTY,
    CASE_FILES_FOLDER_NAME_EMPTY,
    SETTINGS_UNREADABLE,
    SETTINGS_NOT_SAVED,
    DATA_FOLDER_NOT_CREATED,
    DATA_FOLDER_OPEN_UNDER_ANOTHER_NAME,
    DATA_FOLDER_NOT_LOCKED,
    DATA_FOLDER_UNREADABLE,
    REBUILD_NO_CASE_FILES,
    REBUILD_CANCELLED,
    REBUILD_WRITE_FAILED,
    REBUILD_NOT_PUT_IN_PLACE,
    REBUILT_NOT_PUT_IN_PLACE,
    REBUILD_UNFINISHED_NOT_REMOVED,
    FOLDER_MISSING_NOTHING_PUT,
    FOLDER_MISSING_NOT_MOVED,
    ORDER_ID_NOT_FOUND,
    FACTORY_ID_NOT_FOUND,
    DATABASE_READ_FAILED,
    SAMPLE_UNREADABLE,
    SAMPLE_NOT_LOADED,
    DATA_FOLDER_NOT_CLOSED,
    WINDOW_SETTINGS_NOT_SAVED,
    CHAT_EXPORT_DAYS_OUT_OF_RANGE,
    ORDER_NUMBER_TAKEN_ON_ADD,
    ORDER_NUMBER_TAKEN_ON_SAVE,
    SAMPLE_FOLDER_HAS_FACTORIES,
    SAMPLE_CASE_FILES_NOT_EMPTY,
    SAMPLE_CASE_FILES_UNREADABLE,
    NOT_RECEIVED_YET,
    DEFECT_FILE_NOT_IN_ORDER,
    DEFECT_PHOTO_NOT_GIVEN,
    DEFECT_KIND_UNKNOWN,
    DEFECT_TYPED_WRONG,
    DEFECT_FILE_UNKNOWN,
    REBUILD_DEFECT_LEFT_OUT,
    PAYMENT_ID_NOT_FOUND,
    PAYMENT_NOT_IN_ORDER,
    RECEIVING_IN_OPEN_DISPUTE,
    NO_RECEIVING_RECORD,

    NOTHING_TO_UNDO,
    NOTHING_TO_REDO,
    UNDO_PAYMENT_GONE,
    UNDO_FILE_GONE,
    UNDO_TRASH_GONE,
    UNDO_RECORD_GONE;

    /** The English pattern, {@code {0}} for the first value. */
    public String english() {
        return Words.english().pattern(key());
    }

    /** The code of its words: {@code refusal.<NAME>}. */
    public String key() {
        return "refusal." + name();
    }

    /** This refusal with its values: the file's name first, as shown. */
    public Wording with(Object... values) {
        return new Wording(this, values);
    }

    /**
     * A refusal and its values, to be said in any language: each value as text, except a defect's kind,
     * which each language names in its own words.
     */
    public record Wording(Refusal refusal, List<Object> values) {
        Wording(Refusal refusal, Object[] values) {
            this(refusal, Arrays.stream(values).map(v -> v instanceof DefectKind ? v : (Object) String.valueOf(v))
                    .toList());
        }

        public Wording {
            values = List.copyOf(values);
        }

        /** The code of its words. */
        public String key() {
            return refusal.key();
        }

        public String english() {
            return in(Words.english());
        }

        /** Said in {@code words}' language. */
        public String in(Words words) {
            return words.get(key(), values.toArray());
        }
    }
}
