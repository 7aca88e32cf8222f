package se.lsgraph.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.Test;

/**
 * The qualified value counts checked without a report per value give the report Jena's own
 * constraint gives: the same focus nodes, shapes and messages, for minimum and maximum counts,
 * and disjoint qualified shapes are left to Jena.
 */
class QualifiedCountWithoutReportsTest {
    private static final String SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix ex: <https://example.org/> .
            ex:Labelled a sh:NodeShape ; sh:targetClass ex:Thing ;
                sh:property [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "sv" ) ] ; sh:qualifiedMinCount 1 ] ;
                sh:property [ sh:path ex:label ; sh:qualifiedValueShape [ sh:languageIn ( "en" ) ] ; sh:qualifiedMaxCount 1 ] ;
                sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Wheel ] ; sh:qualifiedMinCount 2 ;
                              sh:qualifiedValueShapesDisjoint true ] ;
                sh:property [ sh:path ex:part ; sh:qualifiedValueShape [ sh:class ex:Seat ] ; sh:qualifiedMinCount 1 ;
                              sh:qualifiedValueShapesDisjoint true ] .
            """;
    private static final String DATA = """
            @prefix ex: <https://example.org/> .
            ex:ok a ex:Thing ; ex:label "en"@sv, "one"@en ; ex:part ex:w1, ex:w2, ex:s1 .
            ex:noSwedish a ex:Thing ; ex:label "one"@en ; ex:part ex:w1, ex:w2, ex:s1 .
            ex:twoEnglish a ex:Thing ; ex:label "ett"@sv, "one"@en, "uno"@en ; ex:part ex:w1, ex:w2, ex:s1 .
            ex:oneWheel a ex:Thing ; ex:label "ett"@sv ; ex:part ex:w1, ex:s1 .
            ex:w1 a ex:Wheel . ex:w2 a ex:Wheel . ex:s1 a ex:Seat .
            """;

    @Test
    void theReportIsJenasReport() {
        Graph shapesGraph = parse(SHAPES);
        Graph data = parse(DATA);
        ValidationReport jena = ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
        Shapes ours = Shapes.parse(shapesGraph);
        QualifiedCountWithoutReports.install(ours);
        ValidationReport fast = ShaclValidator.get().validate(ours, data);

        assertEquals(entries(jena), entries(fast));
        assertEquals(List.of("https://example.org/noSwedish QualifiedValueShape[1,_,false]: Min = 1 but got 0 validations",
                "https://example.org/oneWheel QualifiedValueShape[2,_,true]: Min = 2 but got 1 validations",
                "https://example.org/twoEnglish QualifiedValueShape[_,1,false]: Max = 1 but got 2 validations"), entries(fast));
        long replaced = ours.getShapeMap().values().stream().flatMap(s -> s.getConstraints().stream())
                .filter(c -> c instanceof QualifiedCountWithoutReports).count();
        assertEquals(2, replaced, "the two non-disjoint qualified constraints; the disjoint ones stay Jena's");
        assertTrue(ours.getShapeMap().values().stream().flatMap(s -> s.getConstraints().stream())
                .anyMatch(c -> c.toString().equals("QualifiedValueShape[2,_,true]")));
    }

    private static List<String> entries(ValidationReport report) {
        return report.getEntries().stream().map(e -> e.focusNode().getURI() + " " + e.message()).sorted().toList();
    }

    private static Graph parse(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(turtle), null, "TTL");
        return m.getGraph();
    }
}
