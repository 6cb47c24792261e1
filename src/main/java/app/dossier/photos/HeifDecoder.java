package app.dossier.photos;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_clone;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avformat.AV_STREAM_GROUP_PARAMS_TILE_GRID;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_DEFAULT;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGRA;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;
import static org.bytedeco.ffmpeg.global.avutil.av_strerror;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_getContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avformat.AVStreamGroup;
import org.bytedeco.ffmpeg.avformat.AVStreamGroupTileGrid;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Decodes the main picture of a HEIF/HEIC file (an iPhone's photo) through FFmpeg: the container
 * is read by FFmpeg's HEIF demuxer, which gives a large photo as a grid of tiles, and each tile is
 * decoded by its HEVC decoder and placed. The result is the picture as stored: the EXIF orientation
 * is applied by the caller, as for a JPEG.
 */
final class HeifDecoder {
    static {
        av_log_set_level(AV_LOG_QUIET);
    }

    private HeifDecoder() {
    }

    /** One coded picture of the grid and where its top-left corner goes in the whole photo. */
    private record Tile(int streamIndex, int x, int y) {
    }

    /** The tiles, the whole picture's size, and the crop of the grid (its top-left corner). */
    private record Layout(List<Tile> tiles, int width, int height, int cropX, int cropY) {
    }

    static BufferedImage decode(Path file, long maxPixels) throws IOException {
        AVFormatContext format = new AVFormatContext(null);
        int opened = avformat_open_input(format, new BytePointer(file.toString(), StandardCharsets.UTF_8), null,
                (AVDictionary) null);
        if (opened < 0) {
            throw new IOException("not a HEIF picture that can be read (" + error(opened) + ")");
        }
        try {
            if (avformat_find_stream_info(format, (PointerPointer<?>) null) < 0) {
                throw new IOException("the HEIF picture's structure cannot be read");
            }
            Layout layout = layout(format);
            if ((long) layout.width() * layout.height() > maxPixels || layout.width() <= 0 || layout.height() <= 0) {
                throw new IOException("the picture claims " + layout.width() + " × " + layout.height()
                        + " pixels, more than any phone photo");
            }
            Map<Integer, AVPacket> packets = packets(format, layout);
            try {
                BufferedImage out = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
                for (Tile tile : layout.tiles()) {
                    AVPacket packet = packets.get(tile.streamIndex());
                    if (packet == null) {
                        throw new IOException("a part of the HEIF picture is missing");
                    }
                    decodeTile(format.streams(tile.streamIndex()).codecpar(), packet, out,
                            tile.x() - layout.cropX(), tile.y() - layout.cropY());
                }
                return out;
            } finally {
                for (AVPacket packet : packets.values()) {
                    av_packet_free(packet);
                }
            }
        } finally {
            avformat_close_input(format);
        }
    }

    /** The main picture: the default tile grid, else the default single picture, else the largest. */
    private static Layout layout(AVFormatContext format) throws IOException {
        AVStreamGroup grid = null;
        for (int i = 0; i < format.nb_stream_groups(); i++) {
            AVStreamGroup group = format.stream_groups(i);
            if (group.type() == AV_STREAM_GROUP_PARAMS_TILE_GRID
                    && (grid == null || (group.disposition() & AV_DISPOSITION_DEFAULT) != 0)) {
                grid = group;
            }
        }
        if (grid != null) {
            AVStreamGroupTileGrid params = grid.params_tile_grid();
            List<Tile> tiles = new ArrayList<>();
            for (int t = 0; t < params.nb_tiles(); t++) {
                AVStream stream = grid.streams(params.offsets_idx(t));
                tiles.add(new Tile(stream.index(), params.offsets_horizontal(t), params.offsets_vertical(t)));
            }
            return new Layout(tiles, params.width(), params.height(), params.horizontal_offset(),
                    params.vertical_offset());
        }
        AVStream chosen = null;
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream stream = format.streams(i);
            AVCodecParameters p = stream.codecpar();
            if (p.codec_type() != AVMEDIA_TYPE_VIDEO) {
                continue;
            }
            boolean isDefault = (stream.disposition() & AV_DISPOSITION_DEFAULT) != 0;
            if (chosen == null || isDefault
                    || (long) p.width() * p.height() > (long) chosen.codecpar().width() * chosen.codecpar().height()
                    && (chosen.disposition() & AV_DISPOSITION_DEFAULT) == 0) {
                chosen = stream;
            }
        }
        if (chosen == null) {
            throw new IOException("the HEIF file holds no picture");
        }
        return new Layout(List.of(new Tile(chosen.index(), 0, 0)), chosen.codecpar().width(),
                chosen.codecpar().height(), 0, 0);
    }

    /** The coded data of each tile: every picture of a HEIF file is one packet of its own stream. */
    private static Map<Integer, AVPacket> packets(AVFormatContext format, Layout layout) throws IOException {
        Map<Integer, AVPacket> wanted = new HashMap<>();
        for (Tile tile : layout.tiles()) {
            wanted.put(tile.streamIndex(), null);
        }
        Map<Integer, AVPacket> found = new HashMap<>();
        AVPacket packet = av_packet_alloc();
        try {
            while (found.size() < wanted.size() && av_read_frame(format, packet) >= 0) {
                int index = packet.stream_index();
                if (wanted.containsKey(index) && !found.containsKey(index)) {
                    found.put(index, av_packet_clone(packet));
                }
                av_packet_unref(packet);
            }
        } catch (RuntimeException e) {
            found.values().forEach(p -> av_packet_free(p));
            throw e;
        } finally {
            av_packet_free(packet);
        }
        return found;
    }

    private static void decodeTile(AVCodecParameters parameters, AVPacket packet, BufferedImage out, int atX, int atY)
            throws IOException {
        AVCodec codec = avcodec_find_decoder(parameters.codec_id());
        if (codec == null) {
            throw new IOException("the HEIF picture is coded in a way that cannot be decoded");
        }
        AVCodecContext context = avcodec_alloc_context3(codec);
        AVFrame frame = av_frame_alloc();
        try {
            check(avcodec_parameters_to_context(context, parameters), "the HEIF picture's settings");
            context.thread_count(1);
            check(avcodec_open2(context, codec, (AVDictionary) null), "the HEVC decoder");
            check(avcodec_send_packet(context, packet), "the HEIF picture's data");
            avcodec_send_packet(context, null);
            check(avcodec_receive_frame(context, frame), "the HEIF picture's data");
            place(frame, out, atX, atY);
        } finally {
            av_frame_free(frame);
            avcodec_free_context(context);
        }
    }

    /** Converts the decoded YUV picture to RGB with its own colour matrix and range, and draws it. */
    private static void place(AVFrame frame, BufferedImage out, int atX, int atY) throws IOException {
        int w = frame.width();
        int h = frame.height();
        SwsContext sws = sws_getContext(w, h, frame.format(), w, h, AV_PIX_FMT_BGRA,
                SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT, null, null, (DoublePointer) null);
        if (sws == null) {
            throw new IOException("the HEIF picture's colours cannot be converted");
        }
        try (BytePointer pixels = new BytePointer((long) w * h * 4);
             PointerPointer<BytePointer> target = new PointerPointer<>(1);
             IntPointer stride = new IntPointer(1)) {
            int space = frame.colorspace();
            IntPointer matrix = sws_getCoefficients(space == 1 || space == 5 || space == 6 || space == 9
                    ? space : SWS_CS_DEFAULT);
            sws_setColorspaceDetails(sws, matrix, frame.color_range() == AVCOL_RANGE_JPEG ? 1 : 0,
                    sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
            target.put(0, pixels);
            stride.put(0, w * 4);
            sws_scale(sws, frame.data(), frame.linesize(), 0, h, target, stride);
            IntBuffer argb = pixels.capacity((long) w * h * 4).asByteBuffer().order(ByteOrder.LITTLE_ENDIAN)
                    .asIntBuffer();
            int fromX = Math.max(0, -atX);
            int fromY = Math.max(0, -atY);
            int toX = Math.min(w, out.getWidth() - atX);
            int toY = Math.min(h, out.getHeight() - atY);
            if (toX <= fromX || toY <= fromY) {
                return;
            }
            int[] row = new int[toX - fromX];
            for (int y = fromY; y < toY; y++) {
                argb.position(y * w + fromX);
                argb.get(row);
                out.setRGB(atX + fromX, atY + y, row.length, 1, row, 0, row.length);
            }
        } finally {
            sws_freeContext(sws);
        }
    }

    private static void check(int result, String what) throws IOException {
        if (result < 0) {
            throw new IOException(what + " cannot be read (" + error(result) + ")");
        }
    }

    private static String error(int code) {
        try (BytePointer text = new BytePointer(256)) {
            av_strerror(code, text, 256);
            String said = text.getString();
            int end = said.indexOf(0);
            return end < 0 ? said.strip() : said.substring(0, end);
        }
    }
}
