package se.lsgraph.load.guard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Element depth in RDF/XML, with what is not an element (comments, CDATA, declarations, attribute values) skipped. */
class XmlScannerTest {
    private static final InputLimits THREE_DEEP = new InputLimits(1L << 20, 200, 3, 1 << 20);

    private static String scan(String xml) {
        XmlScanner scanner = new XmlScanner(THREE_DEEP);
        for (byte b : xml.getBytes(StandardCharsets.UTF_8)) {
            String reason = scanner.next(b & 0xFF);
            if (reason != null)
                return reason;
        }
        return null;
    }

    @Test
    void threeLevelsPassAndAFourthIsRefused() {
        assertNull(scan("<a><b><c>x</c></b></a><a><b><c/></b></a>"));
        assertEquals("nesting deeper than 3 levels (elements inside elements)", scan("<a><b><c><d/></c></b></a>"));
    }

    @Test
    void whatIsNotAnElementDoesNotNest() {
        assertNull(scan("<?xml version=\"1.0\"?><!DOCTYPE a [ <!ENTITY e \"<x><y><z><w>\"> ]>"
                + "<a t=\"><b><c><d>\" u='/>'><!-- <b><c><d> --><b><![CDATA[<c><d><e>]]><c/><c/></b></a>"));
    }

    @Test
    void selfClosedElementsDoNotAddUp() {
        assertNull(scan("<a><b/><b/><b/><b/><b><c/><c/></b></a>"));
    }
}
