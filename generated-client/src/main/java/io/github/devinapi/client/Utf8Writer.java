package io.github.devinapi.client;

import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import okio.BufferedSink;

/**
 * A {@link Writer} that encodes UTF-8 itself, in one pass, into a byte array: no {@code CharsetEncoder} and no
 * intermediate buffers between Gson's many small writes and the bytes. As {@code OutputStreamWriter} with
 * UTF-8 does, it joins a surrogate pair split across writes and writes {@code ?} for a lone surrogate.
 * {@link Bytes} keeps the whole text, up to a limit; {@link Streaming} passes it on to a sink in pieces.
 */
abstract class Utf8Writer extends Writer {

    /** The size of the pieces {@link Streaming} hands to its sink: one okio segment. */
    static final int CHUNK = 8192;

    byte[] bytes;
    int size;
    /** A high surrogate whose low half may come with the next write; 0 when none is pending. */
    private char high;

    Utf8Writer(int capacity) {
        this.bytes = new byte[capacity];
    }

    /** Makes room for at least {@code needed} more bytes: grows the array, or hands its contents on. */
    abstract void room(int needed) throws IOException;

    @Override
    public final void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (high == 0) {
                // The common case, ASCII: copied as it is, as far as there is room.
                if (size == bytes.length) {
                    room(1);
                }
                byte[] out = bytes;
                int n = size;
                int stop = Math.min(end, i + out.length - n);
                char c;
                while (i < stop && (c = text.charAt(i)) < 0x80) {
                    out[n++] = (byte) c;
                    i++;
                }
                size = n;
                if (i == stop) {
                    continue;
                }
            }
            character(text.charAt(i++));
        }
    }

    @Override
    public final void write(char[] text, int offset, int length) throws IOException {
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = text[i];
            if (c < 0x80 && high == 0) {
                if (size == bytes.length) {
                    room(1);
                }
                bytes[size++] = (byte) c;
            } else {
                character(c);
            }
        }
    }

    @Override
    public final void write(int c) throws IOException {
        char character = (char) c;
        if (character < 0x80 && high == 0) {
            if (size == bytes.length) {
                room(1);
            }
            bytes[size++] = (byte) character;
        } else {
            character(character);
        }
    }

    @Override
    public final void write(String text) throws IOException {
        write(text, 0, text.length());
    }

    @Override
    public final Writer append(CharSequence text) throws IOException {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    /** Any character, surrogates included. */
    private void character(char c) throws IOException {
        if (high != 0) {
            char pending = high;
            high = 0;
            if (Character.isLowSurrogate(c)) {
                codePoint(Character.toCodePoint(pending, c));
                return;
            }
            ascii('?');
        }
        if (Character.isHighSurrogate(c)) {
            high = c;
        } else if (Character.isLowSurrogate(c)) {
            ascii('?');
        } else {
            codePoint(c);
        }
    }

    private void ascii(char c) throws IOException {
        if (size == bytes.length) {
            room(1);
        }
        bytes[size++] = (byte) c;
    }

    private void codePoint(int c) throws IOException {
        if (bytes.length - size < 4) {
            room(4);
        }
        byte[] out = bytes;
        if (c < 0x80) {
            out[size++] = (byte) c;
        } else if (c < 0x800) {
            out[size++] = (byte) (0xC0 | c >> 6);
            out[size++] = (byte) (0x80 | c & 0x3F);
        } else if (c < 0x10000) {
            out[size++] = (byte) (0xE0 | c >> 12);
            out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[size++] = (byte) (0x80 | c & 0x3F);
        } else {
            out[size++] = (byte) (0xF0 | c >> 18);
            out[size++] = (byte) (0x80 | c >> 12 & 0x3F);
            out[size++] = (byte) (0x80 | c >> 6 & 0x3F);
            out[size++] = (byte) (0x80 | c & 0x3F);
        }
    }

    /** A high surrogate left at the end has no partner: it becomes {@code ?}. */
    final void finish() throws IOException {
        if (high != 0) {
            high = 0;
            ascii('?');
        }
    }

    @Override
    public void flush() throws IOException {}

    /** Only ends the text: whatever it wrote into stays open. */
    @Override
    public void close() throws IOException {
        finish();
    }

    /** The whole text in memory, in an array that grows; past {@code limit} bytes it gives up with {@link TooLarge}. */
    static final class Bytes extends Utf8Writer {

        private final int limit;

        Bytes(int limit) {
            super(Math.min(2048, limit));
            this.limit = limit;
        }

        @Override
        void room(int needed) throws TooLarge {
            long wanted = (long) size + needed;
            if (wanted > limit) {
                throw new TooLarge();
            }
            bytes = Arrays.copyOf(bytes, (int) Math.min(limit, Math.max(wanted, 2L * bytes.length)));
        }

        byte[] array() {
            return bytes;
        }

        int size() {
            return size;
        }

        /** Whether {@code e} is (or was caused by) the text outgrowing the limit, however an adapter wrapped it. */
        static boolean isTooLarge(Throwable e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof TooLarge) {
                    return true;
                }
            }
            return false;
        }

        /** Thrown past the limit; an IOException, so that every adapter lets it through. No stack trace. */
        static final class TooLarge extends IOException {

            TooLarge() {
                super("the body is larger than the buffered limit");
            }

            @Override
            public synchronized Throwable fillInStackTrace() {
                return this;
            }
        }
    }

    /** Hands the text on to a sink, {@value #CHUNK} bytes at a time; {@link #close()} hands on the rest. */
    static final class Streaming extends Utf8Writer {

        private final BufferedSink sink;

        Streaming(BufferedSink sink) {
            super(CHUNK);
            this.sink = sink;
        }

        @Override
        void room(int needed) throws IOException {
            sink.write(bytes, 0, size);
            size = 0;
        }

        @Override
        public void flush() throws IOException {
            sink.write(bytes, 0, size);
            size = 0;
        }

        @Override
        public void close() throws IOException {
            finish();
            flush();
        }
    }
}
