package org.openimr.letter;

import java.util.List;
import java.util.Optional;
import org.openimr.letter.LayoutReader.Section;

/**
 * Reads a letter's structure: {@link LayoutReader} cuts it into sections and tells its layout,
 * {@link HeaderFacts} reads the letter's own facts (case number, organization, reviewer), {@link
 * ItemReader} the disputed items, and {@link FactExtractor} the case facts of the summary, the
 * documents list and the rationales.
 */
final class StructureReader {
  private StructureReader() {}

  static ParsedLetter read(LetterText text) {
    LayoutReader layout = LayoutReader.read(text);
    List<Section> sections = layout.sections;
    ImmutableParsedLetter.Builder letter = ImmutableParsedLetter.builder().layout(layout.layout());
    for (Section s : sections) {
      letter.addSections(
          ImmutableLetterSection.builder()
              .heading(text.slice(s.heading.start(), s.heading.end()))
              .text(s.body.isEmpty() ? "" : text.slice(s.body.get(0).start(), s.end()))
              .span(text.span(s.heading.start(), s.end()))
              .build());
    }
    HeaderFacts header = new HeaderFacts(text);
    header.caseNumber(layout.preamble, sections).ifPresent(letter::caseNumber);
    layout
        .first(SectionKind.HOW)
        .ifPresent(
            s -> {
              header.organization(s).ifPresent(letter::organization);
              header.reviewer(s).ifPresent(letter::reviewer);
            });

    RequestReader requests = new RequestReader();
    ItemReader itemReader = new ItemReader(text, requests);
    List<ItemReader.ItemDraft> drafts = itemReader.readItems(sections);
    Optional<FactExtractor.Range> summary =
        layout
            .first(SectionKind.SUMMARY)
            .map(s -> new FactExtractor.Range(s.body.get(0).start(), s.end()));
    List<FactExtractor.Range> documents =
        sections.stream()
            .filter(s -> s.kind == SectionKind.DOCUMENTS && !s.body.isEmpty())
            .map(s -> new FactExtractor.Range(s.body.get(0).start(), s.end()))
            .toList();
    List<FactExtractor.Range> rationales =
        drafts.stream()
            .filter(d -> d.rationale.start >= 0)
            .map(d -> new FactExtractor.Range(d.rationale.start, d.rationale.end))
            .toList();
    LetterFacts facts = FactExtractor.extract(text, summary, documents, rationales, requests);
    letter.facts(facts);
    letter.items(itemReader.items(drafts, facts));
    return letter.build();
  }
}
