package org.agricluster.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseErrorList;
import org.jsoup.parser.Parser;

/** Parses a document's HTML with jsoup, checks it is one self-contained page, and gives its text. */
final class HtmlText {
  private HtmlText() {}

  /** The visible text of a page, after checking it parses without errors and loads nothing from outside. */
  static String of(String html) {
    Parser parser = Parser.htmlParser().setTrackErrors(100);
    org.jsoup.nodes.Document page = Jsoup.parse(html, "", parser);
    ParseErrorList errors = parser.getErrors();
    assertThat(errors).as("HTML parse errors").isEmpty();
    assertThat(page.select("script, link, img, iframe, object, embed")).as("nothing loaded from outside").isEmpty();
    for (Element e : page.getAllElements()) {
      assertThat(e.attributes().asList()).noneMatch(a -> a.getKey().equals("src") || a.getKey().equals("href"));
    }
    assertThat(page.select("head > meta[charset]")).hasSize(1);
    return page.text();
  }
}
