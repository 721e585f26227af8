package it.traccia.app.infrastructure;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

import java.nio.ByteBuffer;
import java.util.Iterator;

/**
 * How the embedded MongoDB-protocol store keeps its maps (tipi delle mappe): H2's default type compares a key it does
 * not know (an index key, or an {@code ObjectId}) by Java-serialising both sides at every step of every lookup, and
 * estimates the memory of every stored document by Java-serialising it at every write. These types compare keys as
 * MongoDB orders them and store documents as BSON, with cheap estimates (docs/adr/0012).
 */
final class EmbeddedMongoTypes {

    private EmbeddedMongoTypes() {
    }

    /** Keys of documents and of index entries, compared as MongoDB orders values; written as H2 writes objects. */
    static final class Keys extends ObjectDataType {

        private static final ValueComparator ORDER = ValueComparator.asc();

        @Override
        public int compare(Object one, Object other) {
            if (one instanceof String first && other instanceof String second) {
                return first.compareTo(second);
            }
            if (one instanceof KeyValue first && other instanceof KeyValue second) {
                Iterator<Object> firstValues = first.iterator();
                Iterator<Object> secondValues = second.iterator();
                while (firstValues.hasNext() && secondValues.hasNext()) {
                    int order = ORDER.compare(firstValues.next(), secondValues.next());
                    if (order != 0) {
                        return order;
                    }
                }
                return Boolean.compare(firstValues.hasNext(), secondValues.hasNext());
            }
            if (one instanceof KeyValue || other instanceof KeyValue) {
                return Boolean.compare(one instanceof KeyValue, other instanceof KeyValue);
            }
            return ORDER.compare(one, other);
        }

        @Override
        public int getMemory(Object key) {
            return key instanceof String text ? 24 + 2 * text.length() : 96;
        }
    }

    /** Stored documents, written as BSON. */
    static final class Documents extends BasicDataType<Document> {

        @Override
        public int getMemory(Document document) {
            return 64 + 48 * document.size();
        }

        @Override
        public void write(WriteBuffer buffer, Document document) {
            ByteBuf bson = Unpooled.buffer();
            try {
                BsonEncoder.encodeDocument(document, bson);
                buffer.putVarInt(bson.readableBytes());
                buffer.put(bson.nioBuffer());
            } finally {
                bson.release();
            }
        }

        @Override
        public Document read(ByteBuffer buffer) {
            int length = DataUtils.readVarInt(buffer);
            ByteBuf bson = Unpooled.wrappedBuffer(buffer.slice().limit(length));
            buffer.position(buffer.position() + length);
            return BsonDecoder.decodeBson(bson);
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }
}
