package se.lsgraph.support;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

/**
 * The W3C Entity Reconciliation API 0.2 JSON Schemas (../shared/validators/reconciliation-0.2),
 * checked with networknt's JSON Schema validator. The schemas refer to each other by their
 * published addresses; those are read from the folder, never fetched.
 */
public final class ReconciliationSchemas {
    private static final String PUBLISHED = "https://reconciliation-api.github.io/specs/0.2/schemas/";
    /** The schemas name their meta-schema "http://json-schema.org/schema#": read as draft 7, which they are written in. */
    private static final String THEIR_META_SCHEMA = "http://json-schema.org/schema#";

    private final Path folder;
    private final JsonSchemaFactory factory;

    public ReconciliationSchemas(Path validators) {
        this.folder = validators.resolve("reconciliation-0.2").toAbsolutePath();
        this.factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, b -> b
                .metaSchema(JsonMetaSchema.builder(THEIR_META_SCHEMA, JsonMetaSchema.getV7()).build())
                .schemaMappers(m -> m.mapPrefix(PUBLISHED, folder.toUri().toString())));
    }

    /** The messages of every rule the document breaks in schema FILE (for example "manifest.json"); empty when valid. */
    public List<String> violations(String file, JsonNode document) {
        JsonSchema schema = factory.getSchema(SchemaLocation.of(folder.resolve(file).toUri().toString()));
        return schema.validate(document).stream().map(Object::toString).sorted().toList();
    }
}
