package org.bimtek.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bimtek.api.http.Json;
import org.bimtek.api.web.OpenApiContributor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The OpenAPI 3 document: the shell's base ({@code openapi/base.json}) with the paths
 * and schemas of every {@link OpenApiContributor} registered right now merged in.
 */
@Component(service = OpenApiDocument.class)
public final class OpenApiDocument {

    private static final Logger LOG = LoggerFactory.getLogger(OpenApiDocument.class);

    private final List<OpenApiContributor> contributors = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addContributor(OpenApiContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(OpenApiContributor contributor) {
        contributors.remove(contributor);
    }

    /** Built on each call: the document is small and modules come and go. */
    ObjectNode build(String version) {
        ObjectNode document = base();
        ((ObjectNode) document.get("info")).put("version", version);
        ObjectNode paths = (ObjectNode) document.get("paths");
        ObjectNode schemas = (ObjectNode) document.withObjectProperty("components").withObjectProperty("schemas");
        for (OpenApiContributor contributor : contributors) {
            try {
                JsonNode fragment = Json.MAPPER.readTree(contributor.openApiFragment());
                copyFields(fragment.path("paths"), paths);
                copyFields(fragment.path("components").path("schemas"), schemas);
            } catch (JsonProcessingException | RuntimeException e) {
                // One bad fragment must not take the whole document down.
                LOG.warn("Skipping an invalid OpenAPI fragment from {}: {}", contributor.getClass().getName(), e.getMessage());
            }
        }
        return document;
    }

    private static void copyFields(JsonNode from, ObjectNode to) {
        Iterator<Map.Entry<String, JsonNode>> fields = from.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            to.set(field.getKey(), field.getValue());
        }
    }

    private static ObjectNode base() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream("/openapi/base.json")) {
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
