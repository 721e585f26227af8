package it.traccia.plan.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.util.ArrayList;
import java.util.List;

/** A MongoDB-protocol server in this JVM, in memory, with a {@link MongoTemplate} on a fresh database. */
public final class InMemoryMongo implements AutoCloseable {

    private final MongoServer server;
    private final MongoClient client;
    private final MongoTemplate template;

    public InMemoryMongo() {
        server = new MongoServer(new MemoryBackend());
        server.bind();
        client = MongoClients.create(server.getConnectionString());
        template = new MongoTemplate(client, "test");
    }

    public MongoTemplate template() {
        return template;
    }

    /** Every stored document of a collection, as raw BSON, in natural order. */
    public List<Document> documentsOf(String collection) {
        return template.getCollection(collection).find().into(new ArrayList<>());
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
