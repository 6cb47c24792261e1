package app.dossier.tree;

/**
 * Follows the top-level boxes of an ISO media file (HEIC photos, MP4 and MOV videos) as its bytes go
 * by: each box says how long it is, so a file is whole when its last box ends where the file ends.
 */
final class BoxStructure {
    private final byte[] header = new byte[16];
    private int headerRead;
    private int headerNeeded = 8;
    /** Bytes of the current box still to pass after its header; -1 while reading a header. */
    private long remaining = -1;
    private boolean toEnd;
    private boolean broken;
    private int boxes;

    void update(byte[] data, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end && !toEnd && !broken) {
            if (remaining < 0) {
                header[headerRead++] = data[i++];
                if (headerRead == headerNeeded) {
                    readHeader();
                }
            } else {
                long take = Math.min(remaining, end - i);
                i += (int) take;
                remaining -= take;
                if (remaining == 0) {
                    remaining = -1;
                    headerRead = 0;
                    headerNeeded = 8;
                }
            }
        }
    }

    private void readHeader() {
        long size = ((long) (header[0] & 0xFF) << 24) | ((header[1] & 0xFF) << 16) | ((header[2] & 0xFF) << 8)
                | (header[3] & 0xFF);
        if (size == 1 && headerNeeded == 8) {
            headerNeeded = 16; // a 64-bit size follows the type
            return;
        }
        if (headerNeeded == 16) {
            size = 0;
            for (int k = 8; k < 16; k++) {
                size = (size << 8) | (header[k] & 0xFF);
            }
        }
        boxes++;
        if (size == 0) {
            toEnd = true; // the last box runs to the end of the file
            return;
        }
        if (size < headerNeeded) {
            broken = true;
            return;
        }
        remaining = size - headerNeeded;
        if (remaining == 0) {
            remaining = -1;
            headerRead = 0;
            headerNeeded = 8;
        }
    }

    /** Whether the file ended exactly where its last box did. */
    boolean whole() {
        return !broken && boxes > 0 && (toEnd || (remaining < 0 && headerRead == 0));
    }
}
