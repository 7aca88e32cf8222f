package se.lsgraph.query;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;

/** The types a query parameter can have; each turns a text value into an RDF term or refuses it. */
public enum ParamType {
    IRI {
        @Override
        Node parse(String value) {
            try {
                IRIx iri = IRIx.create(value);
                if (!iri.isReference())
                    throw new IllegalArgumentException("not an absolute IRI: " + value);
                return NodeFactory.createURI(iri.str());
            } catch (IRIException e) {
                throw new IllegalArgumentException("not a valid IRI: " + value);
            }
        }
    },
    STRING {
        @Override
        Node parse(String value) {
            return NodeFactory.createLiteralString(value);
        }
    },
    INTEGER {
        @Override
        Node parse(String value) {
            if (!value.matches("[+-]?\\d{1,18}"))
                throw new IllegalArgumentException("not an integer: " + value);
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
    },
    DATE {
        @Override
        Node parse(String value) {
            try {
                return NodeFactory.createLiteralDT(LocalDate.parse(value).toString(), XSDDatatype.XSDdate);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a date (YYYY-MM-DD): " + value);
            }
        }
    };

    /** The RDF term for a value; IllegalArgumentException names what is wrong with it. */
    abstract Node parse(String value);

    public String label() {
        return name().toLowerCase();
    }

    static ParamType of(String text) {
        for (ParamType t : values())
            if (t.label().equals(text))
                return t;
        throw new IllegalArgumentException("unknown parameter type '" + text + "' (iri, string, integer or date)");
    }
}
