package app.dossier.tree;

/**
 * Follows a JPEG's own structure as its bytes go by: the segments after the start marker, the
 * entropy-coded data of each scan, up to the end-of-image marker. Whether a photo is whole is
 * decided here and never by its last bytes: phones write data after the picture (Samsung's
 * trailer, a motion photo's video, the second picture of an MPF file), which is kept and ignored.
 */
final class JpegStructure {
    private enum State { START, MARKER, MARKER_CODE, LENGTH_HIGH, LENGTH_LOW, SEGMENT, ENTROPY, ENTROPY_FF, ENDED, BROKEN }

    private State state = State.START;
    private int startSeen;
    private int marker;
    private int length;
    /** Bytes of the current segment still to pass, after its two length bytes. */
    private long remaining;
    private boolean frameHeader;
    private boolean scanHeader;
    private final byte[] frame = new byte[5];
    private int frameRead;
    private long width;
    private long height;

    void update(byte[] data, int offset, int count) {
        int i = offset;
        int end = offset + count;
        while (i < end && state != State.ENDED && state != State.BROKEN) {
            int b = data[i] & 0xFF;
            switch (state) {
                case START -> {
                    if ((startSeen == 0 && b != 0xFF) || (startSeen == 1 && b != 0xD8)) {
                        state = State.BROKEN;
                    } else if (++startSeen == 2) {
                        state = State.MARKER;
                    }
                    i++;
                }
                case MARKER -> {
                    state = b == 0xFF ? State.MARKER_CODE : State.BROKEN;
                    i++;
                }
                case MARKER_CODE -> {
                    i++;
                    marker(b);
                }
                case LENGTH_HIGH -> {
                    length = b << 8;
                    state = State.LENGTH_LOW;
                    i++;
                }
                case LENGTH_LOW -> {
                    length |= b;
                    i++;
                    if (length < 2) {
                        state = State.BROKEN;
                    } else {
                        remaining = length - 2;
                        frameHeader = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
                        scanHeader = marker == 0xDA;
                        frameRead = 0;
                        state = remaining == 0 ? afterSegment() : State.SEGMENT;
                    }
                }
                case SEGMENT -> {
                    int take = (int) Math.min(remaining, end - i);
                    if (frameHeader) {
                        for (int k = 0; k < take && frameRead < frame.length; k++) {
                            frame[frameRead++] = data[i + k];
                        }
                        if (frameRead == frame.length) {
                            height = ((frame[1] & 0xFF) << 8) | (frame[2] & 0xFF);
                            width = ((frame[3] & 0xFF) << 8) | (frame[4] & 0xFF);
                        }
                    }
                    i += take;
                    remaining -= take;
                    if (remaining == 0) {
                        state = afterSegment();
                    }
                }
                case ENTROPY -> {
                    while (i < end && data[i] != (byte) 0xFF) {
                        i++;
                    }
                    if (i < end) {
                        state = State.ENTROPY_FF;
                        i++;
                    }
                }
                case ENTROPY_FF -> {
                    i++;
                    if (b == 0x00 || (b >= 0xD0 && b <= 0xD7)) {
                        state = State.ENTROPY; // a stuffed byte or a restart marker: the scan goes on
                    } else if (b != 0xFF) {
                        marker(b);
                    }
                }
                default -> i = end;
            }
        }
    }

    private State afterSegment() {
        return scanHeader ? State.ENTROPY : State.MARKER;
    }

    private void marker(int code) {
        marker = code;
        if (code == 0xFF) {
            state = State.MARKER_CODE; // fill bytes before a marker
        } else if (code == 0xD9) {
            state = State.ENDED;
        } else if ((code >= 0xD0 && code <= 0xD7) || code == 0x01) {
            state = State.MARKER;
        } else if (code == 0xD8 || code == 0x00) {
            state = State.BROKEN;
        } else {
            state = State.LENGTH_HIGH;
        }
    }

    /** Whether the end-of-image marker was reached through a well-formed structure. */
    boolean whole() {
        return state == State.ENDED;
    }

    /** Whether the bytes seen so far are not laid out as a JPEG's at all. */
    boolean broken() {
        return state == State.BROKEN;
    }

    /** The picture's size from its frame header, 0 until it was seen. */
    long pixels() {
        return width * height;
    }

    long width() {
        return width;
    }

    long height() {
        return height;
    }
}
