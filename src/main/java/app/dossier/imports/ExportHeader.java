package app.dossier.imports;

import app.dossier.domain.Refusal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The header row of an export: which column index holds which {@link ExportColumn}. */
final class ExportHeader {
    /** A row counts as the header when it names at least this many known columns. */
    private static final int KNOWN_COLUMNS_NEEDED = 3;

    private final int rowNumber;
    private final Map<ExportColumn, Integer> indexes;

    private ExportHeader(int rowNumber, Map<ExportColumn, Integer> indexes) {
        this.rowNumber = rowNumber;
        this.indexes = indexes;
    }

    /** The header, if this row is one. The first of two columns with the same header wins. */
    static Optional<ExportHeader> of(int rowNumber, List<String> cells) {
        Map<ExportColumn, Integer> indexes = new EnumMap<>(ExportColumn.class);
        for (int i = 0; i < cells.size(); i++) {
            String key = ExportColumn.key(cells.get(i));
            for (ExportColumn column : ExportColumn.values()) {
                if (column.isHeader(key)) {
                    indexes.putIfAbsent(column, i);
                }
            }
        }
        return indexes.size() >= KNOWN_COLUMNS_NEEDED
                ? Optional.of(new ExportHeader(rowNumber, indexes))
                : Optional.empty();
    }

    int rowNumber() {
        return rowNumber;
    }

    Optional<Integer> indexOf(ExportColumn column) {
        return Optional.ofNullable(indexes.get(column));
    }

    /** @throws UnreadableFileException naming every required column the header lacks */
    void requireAll(String where) {
        List<String> missing = new ArrayList<>();
        for (ExportColumn column : ExportColumn.values()) {
            if (column.isRequired() && !indexes.containsKey(column)) {
                missing.add(column.header());
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException((missing.size() > 1 ? Refusal.EXPORT_HEADER_LACKS_COLUMNS
                    : Refusal.EXPORT_HEADER_LACKS_COLUMN).with(rowNumber, where, String.join(", ", missing)));
        }
    }

    /** The headers Dossier needs, for messages: "订单编号, 卖家公司名, …". */
    static String requiredHeaders() {
        return Arrays.stream(ExportColumn.values())
                .filter(ExportColumn::isRequired)
                .map(ExportColumn::header)
                .collect(Collectors.joining(", "));
    }
}
