package app.dossier.tree;

import java.util.Arrays;

/**
 * What {@link FileKind} needs to judge a file, gathered in the one pass that copies it: its first
 * bytes, its last bytes, and for a JPEG or an ISO media file (HEIC, MP4, MOV) whether its own
 * structure is whole.
 */
public final class ContentScan {
    static final int HEAD = 64 * 1024;
    static final int TAIL = 64;

    private byte[] head = new byte[0];
    private byte[] tail = new byte[0];
    private final JpegStructure jpeg;
    private final BoxStructure boxes;
    private long size;

    private ContentScan(FileKind kind) {
        jpeg = kind.mediaType().equals("image/jpeg") ? new JpegStructure() : null;
        boxes = FileKind.isIsoMedia(kind.mediaType()) ? new BoxStructure() : null;
    }

    /** A scan for a file of this name: the structure followed is the one its name promises. */
    public static ContentScan forName(String fileName) {
        return new ContentScan(FileKind.ofName(fileName));
    }

    public void update(byte[] data, int offset, int count) {
        if (count <= 0) {
            return;
        }
        if (head.length < HEAD) {
            int take = Math.min(count, HEAD - head.length);
            byte[] grown = Arrays.copyOf(head, head.length + take);
            System.arraycopy(data, offset, grown, head.length, take);
            head = grown;
        }
        tail = keepTail(tail, data, offset, count);
        if (jpeg != null) {
            jpeg.update(data, offset, count);
        }
        if (boxes != null) {
            boxes.update(data, offset, count);
        }
        size += count;
    }

    long size() {
        return size;
    }

    byte[] head() {
        return head;
    }

    byte[] tail() {
        return tail;
    }

    JpegStructure jpeg() {
        return jpeg;
    }

    BoxStructure boxes() {
        return boxes;
    }

    private static byte[] keepTail(byte[] tail, byte[] data, int offset, int count) {
        if (count >= TAIL) {
            return Arrays.copyOfRange(data, offset + count - TAIL, offset + count);
        }
        byte[] joined = new byte[Math.min(TAIL, tail.length + count)];
        int fromTail = joined.length - count;
        System.arraycopy(tail, tail.length - fromTail, joined, 0, fromTail);
        System.arraycopy(data, offset, joined, fromTail, count);
        return joined;
    }
}
