package org.sitrep.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.sitrep.store.StoredEvent;

/**
 * Parquet: one flat row per event (the ACLED/UCDP columns plus counts as low/best/high), one row group (so, unlike
 * the text formats, the file is built in memory before it is written),
 * one uncompressed PLAIN data page per column. Written directly with the Parquet format's Thrift
 * structures, so the application needs no Hadoop; any Parquet reader (DuckDB, pandas, Spark) reads it.
 */
final class ParquetExport implements Exporter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    @Override
    public Written write(Iterable<StoredEvent> all, OutputStream out) throws IOException {
        List<StoredEvent> events = new ArrayList<>();
        Written written = new Written();
        for (StoredEvent s : all) {
            events.add(s);
            written.wrote(s.event());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write(MAGIC);
        List<ColumnChunk> chunks = new ArrayList<>();
        long rowGroupBytes = 0;
        for (EventColumns.Column c : EventColumns.ALL) {
            List<Object> values = events.stream().map(c.value()).toList();
            byte[] page = page(c, values);
            ByteArrayOutputStream header = new ByteArrayOutputStream();
            PageHeader ph = new PageHeader(PageType.DATA_PAGE, page.length, page.length);
            ph.setData_page_header(new DataPageHeader(values.size(), Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
            Util.writePageHeader(ph, header);
            long offset = file.size();
            file.write(header.toByteArray());
            file.write(page);
            long size = header.size() + page.length;
            rowGroupBytes += size;
            ColumnMetaData meta = new ColumnMetaData(c.type(), List.of(Encoding.PLAIN, Encoding.RLE), List.of(c.name()),
                    CompressionCodec.UNCOMPRESSED, values.size(), size, size, offset);
            ColumnChunk chunk = new ColumnChunk(offset);
            chunk.setMeta_data(meta);
            chunks.add(chunk);
        }
        List<SchemaElement> schema = new ArrayList<>();
        SchemaElement root = new SchemaElement("sitrep_event");
        root.setNum_children(EventColumns.ALL.size());
        schema.add(root);
        for (EventColumns.Column c : EventColumns.ALL) {
            SchemaElement e = new SchemaElement(c.name());
            e.setType(c.type());
            e.setRepetition_type(c.required() ? FieldRepetitionType.REQUIRED : FieldRepetitionType.OPTIONAL);
            if (c.type() == Type.BYTE_ARRAY) {
                e.setConverted_type(ConvertedType.UTF8);
            }
            schema.add(e);
        }
        FileMetaData meta = new FileMetaData(1, schema, events.size(), List.of(new RowGroup(chunks, rowGroupBytes, events.size())));
        meta.setCreated_by("sitrep");
        ByteArrayOutputStream footer = new ByteArrayOutputStream();
        Util.writeFileMetaData(meta, footer);
        file.write(footer.toByteArray());
        file.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(footer.size()).array());
        file.write(MAGIC);
        file.writeTo(out);
        out.flush();
        return written;
    }

    /** A data page: definition levels for an optional column, then the non-null values, PLAIN encoded. */
    private static byte[] page(EventColumns.Column c, List<Object> values) throws IOException {
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        if (!c.required()) {
            byte[] levels = definitionLevels(values);
            page.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(levels.length).array());
            page.write(levels);
        }
        for (Object v : values) {
            if (v == null) {
                if (c.required()) {
                    throw new IllegalStateException("required Parquet column " + c.name() + " has no value");
                }
                continue;
            }
            switch (c.type()) {
                case BYTE_ARRAY -> {
                    byte[] b = v.toString().getBytes(StandardCharsets.UTF_8);
                    page.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(b.length).array());
                    page.write(b);
                }
                case INT32 -> page.write(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(((Number) v).intValue()).array());
                case DOUBLE -> page.write(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putDouble(((Number) v).doubleValue()).array());
                default -> throw new IllegalStateException("no PLAIN writer for Parquet type " + c.type());
            }
        }
        return page.toByteArray();
    }

    /** Definition levels (1 present, 0 null) as one bit-packed run of the RLE/bit-packing hybrid, bit width 1. */
    private static byte[] definitionLevels(List<Object> values) {
        int groups = (values.size() + 7) / 8;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int header = groups << 1 | 1;
        while ((header & ~0x7F) != 0) {
            out.write(header & 0x7F | 0x80);
            header >>>= 7;
        }
        out.write(header);
        for (int g = 0; g < groups; g++) {
            int b = 0;
            for (int i = 0; i < 8; i++) {
                int k = g * 8 + i;
                if (k < values.size() && values.get(k) != null) {
                    b |= 1 << i;
                }
            }
            out.write(b);
        }
        return out.toByteArray();
    }
}
