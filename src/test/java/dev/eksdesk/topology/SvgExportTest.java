package dev.eksdesk.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class SvgExportTest {

  @Test
  void theSvgIsWellFormedAndShowsEverySubnetsCidr() throws Exception {
    Topology topology = TopologyFixtures.withNodes(6, 60, 20);
    String svg = SvgExport.svg(topology, TopologyLayouter.layout(topology));

    Document document = parse(svg);
    assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
    String text = document.getDocumentElement().getTextContent();
    topology.elements().stream()
        .filter(e -> e.kind().subnet())
        .forEach(s -> assertThat(text).contains(s.details().get(Details.CIDR)));
    assertThat(document.getElementsByTagName("circle").getLength()).isPositive();
    assertThat(svg).contains("class=\"pod-running\"").contains("class=\"slot\"");
  }

  @Test
  void labelsAreEscaped() throws Exception {
    Topology topology =
        TopologyFixtures.defaultPlan()
            .with(Element.of("x", ElementKind.BUCKET, "a<b & \"c\"", "", "region"));
    String svg = SvgExport.svg(topology, TopologyLayouter.layout(topology));
    assertThat(parse(svg).getDocumentElement().getTextContent()).contains("a<b & \"c\"");
  }

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }
}
