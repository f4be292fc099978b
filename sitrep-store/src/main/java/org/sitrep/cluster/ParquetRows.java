package org.sitrep.cluster;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Util;

/**
 * Reads the rows of a flat Parquet file, a row group at a time: PLAIN-encoded pages (version 1), uncompressed or
 * gzip, of strings, 32- and 64-bit integers, doubles and booleans. That is what {@code sitrep spark} writes for
 * {@code sitrep ingest OUT/} and what {@code sitrep export --format parquet} writes; another encoding or codec is an
 * error naming it and the file, not a wrong row.
 */
final class ParquetRows {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetRows() {
    }

    /** Hands each row, as column name to value (null where absent), to {@code sink} in file order. */
    static void read(Path file, Consumer<Map<String, Object>> sink) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "r")) {
            long length = f.length();
            byte[] tail = new byte[8];
            if (length < 12) {
                throw new IOException(file + " is not a Parquet file: " + length + " bytes");
            }
            f.seek(length - 8);
            f.readFully(tail);
            int footerLength = ByteBuffer.wrap(tail, 0, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (!java.util.Arrays.equals(tail, 4, 8, MAGIC, 0, 4) || footerLength <= 0 || footerLength > length - 12) {
                throw new IOException(file + " is not a Parquet file (no PAR1 footer)");
            }
            byte[] footer = new byte[footerLength];
            f.seek(length - 8 - footerLength);
            f.readFully(footer);
            FileMetaData meta = Util.readFileMetaData(new ByteArrayInputStream(footer));
            List<SchemaElement> columns = meta.getSchema().subList(1, meta.getSchema().size());
            for (SchemaElement c : columns) {
                if (c.isSetNum_children() && c.getNum_children() > 0 || c.getRepetition_type() == FieldRepetitionType.REPEATED) {
                    throw new IOException(file + ": column " + c.getName() + " is nested or repeated; only flat rows are read");
                }
            }
            for (RowGroup group : meta.getRow_groups()) {
                int rows = (int) group.getNum_rows();
                List<List<Object>> values = new ArrayList<>();
                for (int i = 0; i < columns.size(); i++) {
                    values.add(column(f, file, columns.get(i), group.getColumns().get(i), rows));
                }
                for (int r = 0; r < rows; r++) {
                    Map<String, Object> row = new HashMap<>();
                    for (int i = 0; i < columns.size(); i++) {
                        row.put(columns.get(i).getName(), values.get(i).get(r));
                    }
                    sink.accept(row);
                }
            }
        }
    }

    private static List<Object> column(RandomAccessFile f, Path file, SchemaElement schema, ColumnChunk chunk, int rows) throws IOException {
        ColumnMetaData meta = chunk.getMeta_data();
        long start = meta.isSetDictionary_page_offset() && meta.getDictionary_page_offset() > 0
                ? Math.min(meta.getDictionary_page_offset(), meta.getData_page_offset()) : meta.getData_page_offset();
        byte[] bytes = new byte[Math.toIntExact(meta.getTotal_compressed_size())];
        f.seek(start);
        f.readFully(bytes);
        InputStream in = new ByteArrayInputStream(bytes);
        boolean optional = schema.getRepetition_type() == FieldRepetitionType.OPTIONAL;
        List<Object> out = new ArrayList<>(rows);
        while (out.size() < rows) {
            PageHeader page = Util.readPageHeader(in);
            byte[] body = in.readNBytes(page.getCompressed_page_size());
            if (page.getType() == PageType.INDEX_PAGE) {
                continue;
            }
            if (page.getType() != PageType.DATA_PAGE) {
                throw new IOException(file + ": column " + schema.getName() + " has a " + page.getType()
                        + " page; only plain version-1 data pages are read (write without dictionaries)");
            }
            ByteBuffer data = ByteBuffer.wrap(decompress(file, meta, body)).order(ByteOrder.LITTLE_ENDIAN);
            int n = page.getData_page_header().getNum_values();
            boolean[] present = optional ? Levels.read(data, n) : null;
            for (int i = 0; i < n; i++) {
                out.add(present == null || present[i] ? value(data, schema, file) : null);
            }
        }
        return out;
    }

    private static byte[] decompress(Path file, ColumnMetaData meta, byte[] body) throws IOException {
        return switch (meta.getCodec()) {
            case UNCOMPRESSED -> body;
            case GZIP -> {
                try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(body))) {
                    yield gz.readAllBytes();
                }
            }
            default -> throw new IOException(file + ": column " + meta.getPath_in_schema() + " is " + meta.getCodec()
                    + "-compressed; only gzip and uncompressed pages are read");
        };
    }

    private static Object value(ByteBuffer data, SchemaElement schema, Path file) throws IOException {
        return switch (schema.getType()) {
            case BYTE_ARRAY -> {
                byte[] b = new byte[data.getInt()];
                data.get(b);
                yield new String(b, StandardCharsets.UTF_8);
            }
            case INT32 -> data.getInt();
            case INT64 -> data.getLong();
            case DOUBLE -> data.getDouble();
            case BOOLEAN -> throw new IOException(file + ": boolean column " + schema.getName() + " is not read");
            default -> throw new IOException(file + ": column " + schema.getName() + " has type " + schema.getType() + ", not read");
        };
    }

    /** Definition levels of a flat optional column: the RLE / bit-packed hybrid of bit width 1, after its length. */
    private static final class Levels {

        static boolean[] read(ByteBuffer data, int n) {
            int length = data.getInt();
            int end = data.position() + length;
            boolean[] present = new boolean[n];
            int i = 0;
            while (i < n && data.position() < end) {
                int header = uleb128(data);
                if ((header & 1) == 0) { // a run of one value
                    boolean v = (data.get() & 1) == 1;
                    for (int k = 0; k < header >>> 1 && i < n; k++) {
                        present[i++] = v;
                    }
                } else { // groups of 8 values, a bit each
                    for (int g = 0; g < header >>> 1; g++) {
                        int b = data.get();
                        for (int k = 0; k < 8 && i < n; k++) {
                            present[i++] = (b >> k & 1) == 1;
                        }
                    }
                }
            }
            data.position(end);
            return present;
        }

        private static int uleb128(ByteBuffer data) {
            int v = 0, shift = 0, b;
            do {
                b = data.get() & 0xFF;
                v |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            return v;
        }
    }
}
