/**
 * Final determination letters: {@link org.openimr.letter.LetterRenderer} writes a {@link
 * org.openimr.model.Determination} as the letter a reviewer would sign, {@link
 * org.openimr.letter.LetterParser} reads a published letter's text into a {@link
 * org.openimr.letter.ParsedLetter} (its sections, its disputed items and the case facts of its
 * summary, each {@link org.openimr.letter.Fact} with the {@link org.openimr.letter.TextSpan} it
 * came from), and {@link org.openimr.letter.ReReview} decides a parsed letter's items again with an
 * {@link org.openimr.review.ImrReviewer} and compares. The parser reads only what a letter states:
 * a fact it cannot find stays absent, and arbitrary input fails with one {@link
 * org.openimr.letter.LetterParseException}. This package depends on the model, the SPI and the
 * reviewer; nothing else in the library depends on it.
 */
@NullMarked
package org.openimr.letter;

import org.jspecify.annotations.NullMarked;
