package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.List;
import org.agricluster.actor.Actor;
import org.agricluster.cluster.Cluster;
import org.agricluster.measure.Mass;
import org.agricluster.strategy.ActorProfile;
import org.agricluster.strategy.ClusterFormation;
import org.agricluster.strategy.Meeting;
import org.agricluster.strategy.RapidMapping;
import org.agricluster.strategy.StrategyFixtures;
import org.junit.jupiter.api.Test;

class DocumentTest {

  @Test
  void markdownAndHtml_carryTheSameText_escaped_andHtmlIsOneSelfContainedPage() {
    Document doc = Document.builder("Report <1> & \"2\"").section("One").paragraph("Lead:", "a < b & c").remark("note")
        .bullets(List.of("x", "y & z")).table(Table.builder("T").column("A", Table.Align.LEFT).column("N", Table.Align.RIGHT)
            .row("<b>", "1,000").build())
        .chart("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\" height=\"1\"/></svg>", "a chart").bullets(List.of())
        .paragraph("").lead("Only a lead:").build();
    assertThat(doc.toMarkdown()).contains("# Report <1> & \"2\"", "## One", "**Lead:** a < b & c", "*note*", "- y & z",
        "| <b> | 1,000 |", "*Chart: a chart (in the HTML version of this document).*", "*None recorded.*", "*open*",
        "**Only a lead:**");
    String html = doc.toHtml();
    assertThat(html).contains("<title>Report &lt;1&gt; &amp; &quot;2&quot;</title>", "<td>&lt;b&gt;</td>", "<td class=\"num\">1,000</td>",
        "<svg xmlns", "<figcaption>a chart</figcaption>", "@media print");
    assertThat(HtmlText.of(html)).contains("Report <1> & \"2\"", "a < b & c", "y & z", "<b>", "None recorded.", "Only a lead:");
    assertThat(doc).hasToString(doc.toMarkdown());
    assertThat(doc).isEqualTo(Document.builder(doc.title()).build().equals(doc) ? null : doc);
    assertThatThrownBy(() -> Document.builder("t").chart("<p>no</p>", "c")).hasMessageContaining("must be an <svg> element");
    assertThatThrownBy(() -> new Document.Heading(5, "h")).hasMessage("Level of heading 'h' must be 2..4 but was 5");
  }

  @Test
  void theRapidMappingReport_hasTheAnnex3Topics_everyActorAndFlow_andFollowsTheModel() {
    RapidMapping m = StrategyFixtures.mapping();
    String md = Documents.rapidMappingReport(m).toMarkdown();
    assertThat(md).containsSubsequence("# Rapid mapping report: Sesan", "## Priority areas", "Kaphon", "## Field work",
        "Interview of Mr Panha", "About 500 kg a day", "## 1. Main actors", "### Producers", "### Traders", "### Input suppliers",
        "### Product flows", "### Simplified gross margin per actor", "## 2. Driving forces and leverage points",
        "High local demand", "Year-round supply", "## 3. Constraints, opportunities and potential interventions",
        "Wet-season drop", "Willing farmers", "Staggered planting");
    m.profiles().forEach(p -> assertThat(md).contains(p.actor().name()));
    assertThat(md).contains("| Kaphon farmers | Mr Panha | vegetables | 500 |", "East West", "Ou Pongmuan market",
        "1 producers profiled; land 300 m² to 300 m²");
    assertThat(HtmlText.of(Documents.rapidMappingReport(m).toHtml())).contains("Mr Khin Seang", "Kaphon farmers");
    RapidMapping more = m.toBuilder().profiles(List.of(ActorProfile.builder(m.profiles().get(0).actor()).build(),
        ActorProfile.builder(StrategyFixtures.TRADER).volumePerDay(Mass.ofKilograms(650)).build())).build();
    assertThat(Documents.rapidMappingReport(more).toMarkdown()).as("one input changed, the document changes")
        .contains("| Mr Panha | 650 kg |").doesNotContain("East West");
    assertThat(Documents.rapidMappingReport(m.toBuilder().visits(m.visits().subList(0, 2)).build()).toMarkdown())
        .contains("not yet been validated");
  }

  @Test
  void theSelectionRecord_andTheMeetingDocument_areComputedFromTheFormationAndTheCluster() {
    ClusterFormation.Builder b = StrategyFixtures.formation(1);
    Actor rep = StrategyFixtures.farmers().get(0);
    ClusterFormation f = b.putRepresentative("Kaphon", rep).build();
    Cluster c = f.cluster("Sesan", "vegetables");
    String md = Documents.selectionRecord(f, c).toMarkdown();
    assertThat(md).contains("23 voted for and 0 against: the cluster is formed. 23 signed up with the facilitator; 16 of them farm in "
        + "areas not selected", "| Kaphon farmers' group | 4 | 1 | 2,100 m² | Kaphon farmer 0 |",
        "Scorers by stakeholder category: local supporter 1, local value-chain actor 1.", "Improved bargaining power");
    Meeting meeting = Meeting.builder(StrategyFixtures.DAY.plusDays(40), "hall").agenda(Meeting.annex5Agenda(LocalTime.of(7, 30), c))
        .attendees(c.actors()).build();
    String agenda = Documents.meetingDocument(c, meeting).toMarkdown();
    assertThat(agenda).containsSubsequence("| 07:30–08:00 | Registration | Value chain team |",
        "Part 1: Market potential and problems faced by cluster members", "| 08:40–09:10 | Presentations by traders |",
        "Mr Panha", "Kaphon farmer 0", "Mr Khin Seang", "| 12:30–13:30 | Lunch | All |");
    assertThat(HtmlText.of(Documents.meetingDocument(c, meeting).toHtml())).contains("Presentations by input suppliers");
  }
}
