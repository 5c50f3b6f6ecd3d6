package io.github.devinapi.contract.report;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** index.html as the tests read it: parsed (it is well-formed XML too), queried by XPath. */
final class Page {

    final String html;
    private final Document document;

    Page(String html) {
        this.html = html;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setExpandEntityReferences(false);
            this.document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(html)));
        } catch (Exception e) {
            throw new AssertionError("index.html is not well-formed: " + e.getMessage(), e);
        }
    }

    List<Element> all(String xpath) {
        try {
            NodeList nodes =
                    (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.NODESET);
            List<Element> elements = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                elements.add((Element) nodes.item(i));
            }
            return elements;
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    Element one(String xpath) {
        List<Element> elements = all(xpath);
        if (elements.size() != 1) {
            throw new AssertionError("expected one element for " + xpath + ", found " + elements.size());
        }
        return elements.get(0);
    }

    /** The matrix cell of an operation for a status column. */
    Element cell(String operationKey, String status) {
        return one("//div[@class='matrix']//tr[@data-operation=\"" + operationKey + "\"]/td[@data-status='" + status
                + "']");
    }

    /** XPath's contains-token for a class attribute. */
    static String hasClass(String name) {
        return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
    }
}
